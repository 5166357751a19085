package io.muster.incident.correction;

import io.muster.incident.web.ProblemException;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** The problems of correcting an alert. */
final class CorrectionProblems {

    private CorrectionProblems() {}

    static final class IncidentClosed extends ProblemException {
        IncidentClosed(UUID id) {
            super(
                    HttpStatus.CONFLICT,
                    "incident-closed",
                    "Incident closed",
                    "Incident " + id + " is closed: its all-clear has been sent, so there is nothing left to correct.");
        }
    }
}
