package io.muster.incident.exercise;

import io.muster.incident.web.ProblemException;
import java.util.UUID;
import org.springframework.http.HttpStatus;

class DrillNotFound extends ProblemException {

    DrillNotFound(UUID id) {
        super(HttpStatus.NOT_FOUND, "drill-not-found", "Drill not found", "No drill " + id + ".");
    }
}
