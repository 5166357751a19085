package io.muster.simulator;

/**
 * Counters since start (or the last reset); they keep counting after inboxes drop old entries. A webhook
 * counts once, as sent or failed, after its last try; {@code webhooksRetried} counts the tries after the first.
 */
public record SimulatorStats(
        long messagesCreated,
        long callsCreated,
        long webhooksSent,
        long webhooksFailed,
        long webhooksRetried,
        long createRequestsRejected) {}
