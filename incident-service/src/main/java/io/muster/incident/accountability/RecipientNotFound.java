package io.muster.incident.accountability;

import io.muster.incident.web.ProblemException;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** The person is not among the incident's recipients (404 {@code recipient-not-found}). */
class RecipientNotFound extends ProblemException {

    RecipientNotFound(UUID incident, UUID person) {
        super(
                HttpStatus.NOT_FOUND,
                "recipient-not-found",
                "Recipient not found",
                "Person " + person + " is not a recipient of incident " + incident + ".");
    }
}
