package io.muster.notifier.outcome;

import io.muster.kafka.DependencyOutage;

/** The broker did not acknowledge an outcome; the listener fails so the request is redelivered. */
public class OutcomeNotPublished extends RuntimeException implements DependencyOutage {

    OutcomeNotPublished(String notificationId, Throwable cause) {
        super("Outcome of notification " + notificationId + " not acknowledged by the broker", cause);
    }
}
