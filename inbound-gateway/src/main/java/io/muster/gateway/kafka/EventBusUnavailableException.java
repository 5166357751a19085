package io.muster.gateway.kafka;

import io.muster.kafka.DependencyOutage;

/**
 * The broker did not acknowledge an event in time; the caller must not report success. Publishing
 * through the outbox no longer raises it (a broker outage only delays the relay); it stays the
 * per-event failure type of {@link EventPublisher#publishAll}.
 */
public class EventBusUnavailableException extends RuntimeException implements DependencyOutage {

    EventBusUnavailableException(String topic, Throwable cause) {
        super("No acknowledgement from Kafka for topic " + topic, cause);
    }
}
