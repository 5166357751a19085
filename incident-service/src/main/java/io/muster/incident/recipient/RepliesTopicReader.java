package io.muster.incident.recipient;

/**
 * A feature that reads one event type off the replies topic (the hotline's recordings, voice messages between
 * colleagues). The replies listener is the topic's only consumer in this service: it reads each record once and
 * hands a record of this type, decoded, to {@link #handle}, in poll order on its own thread. One consumer group
 * instead of one per feature, because each extra group fetched, parsed and traced every reply again.
 *
 * @param <T> the record the event is read into (an undecodable one goes to the dead-letter topic)
 */
public interface RepliesTopicReader<T> {

    /** The event's {@code type} field. */
    String type();

    Class<T> eventClass();

    /**
     * Handles one event in a transaction of its own; idempotent by the event's id, since a record can come again
     * after a failure. Throws {@link io.muster.kafka.UnprocessableRecord} for one that can never be handled.
     */
    void handle(T event);
}
