package io.muster.incident.subscriber;

import io.muster.incident.web.ProblemException;
import org.springframework.http.HttpStatus;

/** A confirmation or unsubscribe link that is malformed, forged, expired or no longer applies. */
final class InvalidLink extends ProblemException {

    InvalidLink() {
        super(
                HttpStatus.BAD_REQUEST,
                "invalid-subscription-link",
                "Invalid or expired link",
                "This link is not valid (any more). Subscribe again on the status page to get a new one.");
    }
}
