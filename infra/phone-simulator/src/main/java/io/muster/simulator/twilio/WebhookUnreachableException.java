package io.muster.simulator.twilio;

import java.io.IOException;
import java.io.UncheckedIOException;

/** No try of a webhook got an answer from the application: it was down or did not answer in time. */
public final class WebhookUnreachableException extends UncheckedIOException {

    private final int attempts;

    WebhookUnreachableException(String message, IOException cause, int attempts) {
        super(message, cause);
        this.attempts = attempts;
    }

    /** How many tries the retry policy allowed. */
    public int attempts() {
        return attempts;
    }
}
