package io.muster.incident.facts;

import io.muster.incident.web.ProblemException;
import java.util.UUID;
import org.springframework.http.HttpStatus;

public final class IncidentNotFound extends ProblemException {

    public IncidentNotFound(UUID id) {
        super(HttpStatus.NOT_FOUND, "incident-not-found", "Incident not found", "No incident " + id + ".");
    }
}
