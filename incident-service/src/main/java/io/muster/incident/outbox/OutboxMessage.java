package io.muster.incident.outbox;

import org.jspecify.annotations.Nullable;

/**
 * One outbox row: where it goes, under which key, and the JSON it carries; when relayed, the W3C
 * traceparent of the transaction that wrote it (see {@link OutboxTraces}).
 */
public record OutboxMessage(String topic, String key, String payload, @Nullable String traceparent) {

    public OutboxMessage(String topic, String key, String payload) {
        this(topic, key, payload, null);
    }
}
