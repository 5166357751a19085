package io.muster.incident.accountability;

import java.util.UUID;

/** The recipient a notification was sent to: which person, in which incident. */
public record Answerer(UUID notificationId, UUID incidentId, UUID personId) {}
