package io.muster.incident.statement;

import io.muster.incident.web.ProblemException;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** The problems of drafting, approving and publishing statements. */
final class StatementProblems {

    private StatementProblems() {}

    static final class NotFound extends ProblemException {
        NotFound(UUID id) {
            super(
                    HttpStatus.NOT_FOUND,
                    "statement-not-found",
                    "Statement not found",
                    "No statement " + id + " in this incident.");
        }
    }

    static final class AlreadyPublished extends ProblemException {
        AlreadyPublished(UUID id) {
            super(
                    HttpStatus.CONFLICT,
                    "statement-published",
                    "Statement already published",
                    "Statement " + id + " is published and can no longer change; draft a new statement (an Update).");
        }
    }

    static final class StaleVersion extends ProblemException {
        private final int latest;

        StaleVersion(int given, int latest) {
            super(
                    HttpStatus.CONFLICT,
                    "stale-version",
                    "Not the latest version",
                    "Version " + given + " is not the statement's latest version (" + latest + ").");
            this.latest = latest;
        }

        @Override
        public Map<String, Object> properties() {
            return Map.of("latestVersion", latest);
        }
    }

    static final class NotSpokesperson extends ProblemException {
        NotSpokesperson() {
            super(
                    HttpStatus.FORBIDDEN,
                    "not-spokesperson",
                    "Not the designated spokesperson",
                    "Only the incident's designated spokesperson may publish statements.");
        }
    }

    static final class SelfApproval extends ProblemException {
        SelfApproval() {
            super(
                    HttpStatus.FORBIDDEN,
                    "self-approval",
                    "Cannot approve own draft",
                    "A version must be approved by someone other than the person who drafted it.");
        }
    }

    static final class ApprovalRequired extends ProblemException {
        ApprovalRequired() {
            super(
                    HttpStatus.CONFLICT,
                    "approval-required",
                    "Second approval required",
                    "This incident type needs a second person to approve this exact version before it is published.");
        }
    }

    static final class NothingToCancel extends ProblemException {
        NothingToCancel() {
            super(
                    HttpStatus.CONFLICT,
                    "nothing-to-cancel",
                    "Nothing to cancel",
                    "A Cancel needs an earlier published statement of the incident.");
        }
    }
}
