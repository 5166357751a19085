package io.muster.incident.kafka;

import org.springframework.kafka.support.ProducerListener;
import org.springframework.stereotype.Component;

/**
 * Replaces Spring Kafka's default listener, which logs every failed send with its payload: our
 * payloads carry phone numbers and email addresses, and the outbox relay already logs an outage
 * once rather than once per row.
 */
@Component
public class QuietProducerListener implements ProducerListener<Object, Object> {}
