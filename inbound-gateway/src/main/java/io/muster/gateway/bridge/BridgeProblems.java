package io.muster.gateway.bridge;

import io.muster.gateway.web.Problems;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The bridge API's problems, each with a stable type. */
final class BridgeProblems {

    private BridgeProblems() {}

    static ErrorResponseException noBridge(UUID incidentId) {
        return problem(HttpStatus.NOT_FOUND, "bridge-not-found", "Incident " + incidentId + " has no bridge.");
    }

    static ErrorResponseException notAMember(UUID incidentId) {
        return problem(
                HttpStatus.NOT_FOUND,
                "bridge-member-not-found",
                "Nobody with that employee id was invited to the bridge of incident " + incidentId + ".");
    }

    static ErrorResponseException noNumber() {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "no-phone-number", "The member has no phone number to ring.");
    }

    static ErrorResponseException badRequest(String detail) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", detail);
    }

    static ErrorResponseException keyReused() {
        return problem(
                HttpStatus.CONFLICT,
                "idempotency-key-reused",
                "This Idempotency-Key was used to ring someone else; use a new key for a new call.");
    }

    static ErrorResponseException cannotRing() {
        return problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "bridge-calls-unavailable",
                "No account is configured to ring members into the bridge (muster.bridge.*).");
    }

    static ErrorResponseException callFailed() {
        return problem(HttpStatus.BAD_GATEWAY, "bridge-call-failed", "The call could not be placed; try again.");
    }

    private static ErrorResponseException problem(HttpStatus status, String slug, String detail) {
        return new ErrorResponseException(status, Problems.of(status, slug, detail), null);
    }
}
