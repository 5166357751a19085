package io.muster.gateway.kafka;

/** The broker did not acknowledge an event in time; the caller must not report success. */
public class EventBusUnavailableException extends RuntimeException {

    EventBusUnavailableException(String topic, Throwable cause) {
        super("No acknowledgement from Kafka for topic " + topic, cause);
    }
}
