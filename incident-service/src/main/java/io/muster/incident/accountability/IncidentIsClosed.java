package io.muster.incident.accountability;

import io.muster.incident.web.ProblemException;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** Nobody is reminded about a closed incident (409 {@code incident-closed}). */
class IncidentIsClosed extends ProblemException {

    IncidentIsClosed(UUID id) {
        super(HttpStatus.CONFLICT, "incident-closed", "Incident closed", "Incident " + id + " is closed.");
    }
}
