package io.muster.incident.statuslog;

import io.muster.incident.web.ProblemException;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** The incident exists but nobody has posted a status update yet. */
final class NoStatusUpdate extends ProblemException {

    NoStatusUpdate(UUID incidentId) {
        super(
                HttpStatus.NOT_FOUND,
                "no-status-update",
                "No status update",
                "Incident " + incidentId + " has no status update yet.");
    }
}
