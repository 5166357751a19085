package io.muster.notifier.delivery;

/** The broker did not acknowledge an outcome; the listener fails so the request is redelivered. */
public class OutcomeNotPublished extends RuntimeException {

    OutcomeNotPublished(String notificationId, Throwable cause) {
        super("Outcome of notification " + notificationId + " not acknowledged by the broker", cause);
    }
}
