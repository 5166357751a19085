package io.muster.incident.me;

import io.muster.incident.web.ProblemException;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/**
 * No such request among the caller's own (404 {@code request-not-found}): someone else's request
 * gets the same answer as one that does not exist, so ids leak nothing.
 */
class RequestNotFound extends ProblemException {

    RequestNotFound(UUID notificationId) {
        super(
                HttpStatus.NOT_FOUND,
                "request-not-found",
                "Request not found",
                "You have no request " + notificationId + ".");
    }
}
