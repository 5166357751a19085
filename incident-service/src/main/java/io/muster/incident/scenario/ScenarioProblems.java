package io.muster.incident.scenario;

import io.muster.incident.web.ProblemException;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** What can go wrong with a scenario, each a problem type of its own. */
abstract class ScenarioProblems extends ProblemException {

    ScenarioProblems(HttpStatus status, String slug, String title, String detail) {
        super(status, slug, title, detail);
    }

    static final class NotFound extends ScenarioProblems {
        NotFound(UUID id) {
            super(HttpStatus.NOT_FOUND, "scenario-not-found", "Scenario not found", "No scenario " + id + ".");
        }
    }

    static final class VersionNotFound extends ScenarioProblems {
        VersionNotFound(UUID id, int version) {
            super(
                    HttpStatus.NOT_FOUND,
                    "scenario-version-not-found",
                    "Scenario version not found",
                    "Scenario " + id + " has no version " + version + ".");
        }
    }

    static final class Retired extends ScenarioProblems {
        Retired(UUID id) {
            super(
                    HttpStatus.CONFLICT,
                    "scenario-retired",
                    "Scenario retired",
                    "Scenario " + id + " is retired: it can be read but not edited, approved or launched.");
        }
    }

    static final class Superseded extends ScenarioProblems {
        Superseded(int version, int latest) {
            super(
                    HttpStatus.CONFLICT,
                    "scenario-version-superseded",
                    "Not the latest version",
                    "Version " + version + " was replaced by version " + latest + "; approve the latest one.");
        }
    }

    static final class SelfApproval extends ScenarioProblems {
        SelfApproval(String type) {
            super(
                    HttpStatus.FORBIDDEN,
                    "scenario-self-approval",
                    "Cannot approve own version",
                    "Incident type " + type
                            + " needs two people: a version must be approved by someone other than its author.");
        }
    }

    static final class NotApproved extends ScenarioProblems {
        NotApproved(UUID id) {
            super(
                    HttpStatus.CONFLICT,
                    "scenario-not-approved",
                    "Scenario not approved",
                    "Scenario " + id + " has no approved version to launch (or the version named is not approved).");
        }
    }

    static final class LifeSafetyNotConfirmed extends ScenarioProblems {
        LifeSafetyNotConfirmed() {
            super(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "life-safety-confirmation-required",
                    "Life-safety launch not confirmed",
                    "This scenario sends a life-safety alert: launch it again with confirmLifeSafety true.");
        }
    }

    static final class NotACommander extends ScenarioProblems {
        NotACommander() {
            super(
                    HttpStatus.FORBIDDEN,
                    "not-a-commander",
                    "Not a commander",
                    "No login with the COMMANDER or ADMIN role belongs to this employee id.");
        }
    }
}
