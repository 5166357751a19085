package io.muster.incident.outbox;

/** One outbox row: where it goes, under which key, and the JSON it carries. */
public record OutboxMessage(String topic, String key, String payload) {}
