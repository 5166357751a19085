package io.muster.simulator;

/** Counters since start (or the last reset); they keep counting after inboxes drop old entries. */
public record SimulatorStats(
        long messagesCreated, long callsCreated, long webhooksSent, long webhooksFailed, long createRequestsRejected) {}
