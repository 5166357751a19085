package io.muster.gateway.outbox;

/** One event for Kafka, already serialised: its topic, the key that orders it, and its JSON. */
public record OutboxMessage(String topic, String key, String payload) {}
