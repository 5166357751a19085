package io.muster.incident.exercise;

import io.muster.incident.web.ProblemException;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** The after-action report waits for the incident to close. */
class IncidentNotClosed extends ProblemException {

    IncidentNotClosed(UUID id) {
        super(
                HttpStatus.CONFLICT,
                "incident-not-closed",
                "Incident not closed",
                "Incident " + id + " is still open; its after-action report is available once it is closed.");
    }
}
