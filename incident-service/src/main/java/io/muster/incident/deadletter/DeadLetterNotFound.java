package io.muster.incident.deadletter;

import io.muster.incident.web.ProblemException;
import org.springframework.http.HttpStatus;

/** No dead-lettered record at that place (an unknown or non-DLT topic, or an offset it does not hold). */
final class DeadLetterNotFound extends ProblemException {

    DeadLetterNotFound(Redrives.Place place) {
        super(
                HttpStatus.NOT_FOUND,
                "dead-letter-not-found",
                "Dead letter not found",
                "No dead-lettered record at " + place.topic() + "-" + place.partition() + "@" + place.offset() + ".");
    }
}
