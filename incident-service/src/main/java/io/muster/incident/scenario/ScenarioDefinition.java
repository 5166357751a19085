package io.muster.incident.scenario;

import io.muster.incident.incidenttype.IncidentType;
import io.muster.incident.statement.LanguageText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One version of a scenario, as edited and stored: the alert's texts (the first language is the one a
 * launch sends; see docs/scenarios.md), severity, priority, incident type, whom it reaches, whether it
 * is a roll call, the internal status update posted at launch and the public statement drafted for the
 * spokesperson. Texts may hold the placeholders of {@link Placeholders}, filled at launch.
 */
record ScenarioDefinition(
        @NotBlank @Size(max = 120) String name,
        @NotEmpty @Size(max = 10) List<@NotNull @Valid Text> texts,
        @NotNull @Pattern(regexp = "LOW|MODERATE|HIGH|CRITICAL") String severity,
        @Nullable @Pattern(regexp = "NORMAL|LIFE_SAFETY") String priority,
        @Nullable @Pattern(regexp = "^[A-Z][A-Z0-9_]{0,39}$") String incidentType,
        @Nullable @Valid Audience audience,
        @Nullable Boolean rollCall,
        @Nullable @Size(max = 2000) String statusUpdate,
        @Nullable @Valid Statement publicStatement) {

    static final String LIFE_SAFETY = "LIFE_SAFETY";

    ScenarioDefinition {
        priority = priority == null ? "NORMAL" : priority;
        incidentType = incidentType == null ? IncidentType.GENERAL : incidentType;
        audience = audience == null ? new Audience(null, null, null, null, null) : audience;
        rollCall = rollCall != null && rollCall;
        statusUpdate = statusUpdate == null || statusUpdate.isBlank() ? null : statusUpdate.strip();
    }

    /** The alert in one language: its title and the commander's words (RFC 5646 tag, e.g. en or fr-CA). */
    record Text(
            @NotBlank
                    @Pattern(
                            regexp = "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,3}",
                            message = "must be a language tag such as en or fr-CA")
                    String language,
            @NotBlank @Size(max = 120) String subject,
            @NotBlank @Size(max = 1000) String body) {}

    /** Whom a launch reaches, as a declaration names them; {@code siteIds} are the sites a launch names by default. */
    record Audience(
            @Nullable @Size(max = 1000) List<@NotNull UUID> personIds,
            @Nullable @Size(max = 1000) List<@NotBlank @Size(max = 100) String> employeeIds,
            @Nullable @Size(max = 100) List<@NotBlank @Size(max = 200) String> roles,
            @Nullable UUID callTreeId,
            @Nullable @Size(max = 100) List<@NotNull UUID> siteIds) {

        Audience {
            personIds = personIds == null ? List.of() : List.copyOf(personIds);
            employeeIds = employeeIds == null ? List.of() : List.copyOf(employeeIds);
            roles = roles == null ? List.of() : List.copyOf(roles);
            siteIds = siteIds == null ? List.of() : List.copyOf(siteIds);
        }

        boolean namesNobody() {
            return personIds.isEmpty() && employeeIds.isEmpty() && roles.isEmpty() && callTreeId == null;
        }
    }

    /** The public statement drafted at launch, for the spokesperson to revise, approve and publish. */
    record Statement(
            @NotBlank @Size(max = 200) String headline,
            @NotEmpty @Size(max = 10) List<@NotNull @Valid LanguageText> texts) {

        /** The statement with its placeholders filled. */
        Statement filled(Map<String, String> values) {
            return new Statement(
                    Placeholders.fill(headline, values),
                    texts.stream()
                            .map(t -> new LanguageText(
                                    t.language(),
                                    t.headline() == null ? null : Placeholders.fill(t.headline(), values),
                                    Placeholders.fill(t.text(), values)))
                            .toList());
        }
    }

    boolean lifeSafety() {
        return LIFE_SAFETY.equals(priority);
    }

    Text primary() {
        return texts.getFirst();
    }
}
