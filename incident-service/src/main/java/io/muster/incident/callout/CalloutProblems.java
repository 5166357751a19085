package io.muster.incident.callout;

import io.muster.incident.web.ProblemException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** The problems of starting and reading call-outs. */
final class CalloutProblems {

    private CalloutProblems() {}

    static final class IncidentClosed extends ProblemException {
        IncidentClosed(UUID id) {
            super(HttpStatus.CONFLICT, "incident-closed", "Incident closed", "Incident " + id + " is closed.");
        }
    }

    static final class NobodyWithTheRoles extends ProblemException {
        private final List<String> roles;

        NobodyWithTheRoles(List<String> roles) {
            super(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "empty-roles",
                    "Nobody to ask",
                    "Nobody reachable has any of the roles " + roles + ".");
            this.roles = List.copyOf(roles);
        }

        @Override
        public Map<String, Object> properties() {
            return Map.of("roles", roles);
        }
    }

    static final class CalloutNotFound extends ProblemException {
        CalloutNotFound(UUID id) {
            super(
                    HttpStatus.NOT_FOUND,
                    "callout-not-found",
                    "Call-out not found",
                    "No call-out " + id + " in this incident.");
        }
    }
}
