package io.muster.incident.publicstatus;

import io.muster.incident.web.ProblemException;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** No published statement of that id is visible here (never published, or an exercise's kept internal). */
final class NoPublicStatement extends ProblemException {

    NoPublicStatement(UUID id) {
        super(HttpStatus.NOT_FOUND, "statement-not-found", "Statement not found", "No published statement " + id + ".");
    }
}
