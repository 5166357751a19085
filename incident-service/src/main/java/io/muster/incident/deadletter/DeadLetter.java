package io.muster.incident.deadletter;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One dead-lettered record as operators see it: where it is, where it came from, why it is there,
 * what it is (type and ids, never its payload: it carries phone numbers and addresses), and when it
 * was sent back.
 */
record DeadLetter(
        String topic,
        int partition,
        long offset,
        Instant deadLetteredAt,
        String originalTopic,
        @Nullable String reason,
        @Nullable String exception,
        @Nullable String key,
        @Nullable String type,
        @Nullable String eventId,
        @Nullable String notificationId,
        @Nullable String incidentId,
        List<Instant> redrivenAt) {}
