package io.muster.simulator.twilio;

import io.muster.simulator.WebhookFailure;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * No try of a webhook got an answer from the application: it was down ({@link WebhookFailure#CONNECT}) or
 * did not answer in time ({@link WebhookFailure#READ}).
 */
public final class WebhookUnreachableException extends UncheckedIOException {

    private final WebhookFailure failure;
    private final int attempts;

    WebhookUnreachableException(String message, IOException cause, WebhookFailure failure, int attempts) {
        super(message, cause);
        this.failure = failure;
        this.attempts = attempts;
    }

    /** Why the last try failed: no connection, or no answer in time. */
    public WebhookFailure failure() {
        return failure;
    }

    /** How many tries the retry policy allowed. */
    public int attempts() {
        return attempts;
    }
}
