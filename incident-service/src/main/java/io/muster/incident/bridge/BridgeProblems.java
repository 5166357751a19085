package io.muster.incident.bridge;

import io.muster.incident.web.ProblemException;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** The problems of the bridge's API. */
final class BridgeProblems {

    private BridgeProblems() {}

    static final class NoBridge extends ProblemException {
        NoBridge(UUID incidentId) {
            super(
                    HttpStatus.NOT_FOUND,
                    "bridge-not-found",
                    "No bridge",
                    "Incident " + incidentId + " invites nobody to a crisis bridge.");
        }
    }

    static final class NotInvited extends ProblemException {
        NotInvited(UUID incidentId) {
            super(
                    HttpStatus.NOT_FOUND,
                    "bridge-member-not-found",
                    "Not invited to the bridge",
                    "That person was not invited to the bridge of incident " + incidentId + ".");
        }
    }

    static final class KeyReused extends ProblemException {
        KeyReused() {
            super(
                    HttpStatus.CONFLICT,
                    "idempotency-key-reused",
                    "Idempotency-Key used for someone else",
                    "This Idempotency-Key was used to ring someone else in; use a new key for a new call.");
        }
    }

    static final class IncidentClosed extends ProblemException {
        IncidentClosed(UUID incidentId) {
            super(HttpStatus.CONFLICT, "incident-closed", "Incident closed", "Incident " + incidentId + " is closed.");
        }
    }
}
