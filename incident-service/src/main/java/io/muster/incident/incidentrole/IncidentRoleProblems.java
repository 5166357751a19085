package io.muster.incident.incidentrole;

import io.muster.incident.web.ProblemException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** What can go wrong when a role is assigned. */
final class IncidentRoleProblems {

    private IncidentRoleProblems() {}

    static final class UnknownRole extends ProblemException {
        UnknownRole(String name) {
            super(
                    HttpStatus.NOT_FOUND,
                    "unknown-incident-role",
                    "Unknown incident role",
                    "No incident role " + (name.length() > 40 ? name.substring(0, 40) + "…" : name)
                            + "; roles are commander, scribe, liaison, spokesperson.");
        }
    }

    static final class UnknownUser extends ProblemException {
        private final String username;

        UnknownUser(String username) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-user", "Unknown user", "No login " + username + ".");
            this.username = username;
        }

        @Override
        public Map<String, Object> properties() {
            return Map.of("username", username);
        }
    }

    static final class OnlyTakeCommand extends ProblemException {
        OnlyTakeCommand() {
            super(
                    HttpStatus.FORBIDDEN,
                    "only-take-command",
                    "Only taking command is allowed",
                    "An administrator may take command of an incident (the commander role, to themselves);"
                            + " only a commander hands out incident roles.");
        }
    }

    static final class UnsuitableHolder extends ProblemException {
        UnsuitableHolder(String username, IncidentRole role) {
            super(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "unsuitable-role-holder",
                    "Unsuitable role holder",
                    "Login " + username + " has no login role that may act as "
                            + role.name().toLowerCase() + ".");
        }
    }
}
