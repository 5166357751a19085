package io.muster.incident.incidentrole;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The roles of an incident's response; each is held by one login at a time. */
public enum IncidentRole {
    // An administrator may take command (of a fresh install with one commander login, say).
    COMMANDER(Set.of("COMMANDER", "ADMIN")),
    SCRIBE(Set.of("COMMANDER", "TEAM", "SPOKESPERSON")),
    LIAISON(Set.of("COMMANDER", "TEAM", "SPOKESPERSON")),
    SPOKESPERSON(Set.of("COMMANDER", "TEAM", "SPOKESPERSON"));

    /** The login roles of which the holder needs one (a commander must be able to command). */
    private final Set<String> suitableLoginRoles;

    IncidentRole(Set<String> suitableLoginRoles) {
        this.suitableLoginRoles = suitableLoginRoles;
    }

    boolean suits(Set<String> loginRoles) {
        return loginRoles.stream().anyMatch(suitableLoginRoles::contains);
    }

    /** The role named in a path, case-insensitively ({@code spokesperson}, {@code COMMANDER}). */
    static Optional<IncidentRole> named(String name) {
        try {
            return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
