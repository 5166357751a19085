package io.muster.incident.outbox;

import io.muster.incident.storage.TimeOrderedIds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The outbox rows of one unit of work, queued in the order the relay must send them and written
 * together by {@link Outbox#append(OutboxRows, Runnable)}.
 */
public final class OutboxRows {

    /** A row to write: rendered when the rows are written, or by the relay when it publishes. */
    sealed interface Entry permits Rendered, Deferred {}

    // Rendered when written (in parallel for many, see Rendering): JSON is most of a large fan-out's CPU.
    record Rendered(Supplier<OutboxMessage> render) implements Entry {}

    /**
     * The first requests of a cohort's new members: one outbox row, which the relay expands by
     * reading the members ({@link DeferredPayloads}) in notification id order from just below the first.
     */
    static final class Deferred implements Entry {
        final String topic;
        final String key;
        final UUID cohort;
        private UUID first;

        private Deferred(String topic, String key, UUID cohort, UUID notificationId) {
            this.topic = topic;
            this.key = key;
            this.cohort = cohort;
            this.first = notificationId;
        }

        /** Just below the smallest notification id (in PostgreSQL's unsigned order) of the cohort. */
        UUID before() {
            return new UUID(first.getMostSignificantBits(), first.getLeastSignificantBits() - 1);
        }

        private void add(UUID notificationId) {
            if (TimeOrderedIds.unsigned(notificationId, first) < 0) {
                first = notificationId;
            }
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<UUID, Deferred> cohorts = new HashMap<>();

    public void add(OutboxMessage message) {
        entries.add(new Rendered(() -> message));
    }

    /** Queues ahead of everything queued so far (the relay keeps the outbox's order). */
    public void addFirst(OutboxMessage message) {
        entries.addFirst(new Rendered(() -> message));
    }

    /** Queues a message that is rendered when the rows are written. */
    public void add(Supplier<OutboxMessage> render) {
        entries.add(new Rendered(render));
    }

    /**
     * Queues a cohort member's first request, which the relay renders from the member's recipient
     * row when it publishes: one outbox row for the whole cohort, in place of its first member's.
     */
    public void defer(String topic, String key, UUID cohort, UUID notificationId) {
        Deferred queued = cohorts.get(cohort);
        if (queued == null) {
            queued = new Deferred(topic, key, cohort, notificationId);
            cohorts.put(cohort, queued);
            entries.add(queued);
        }
        queued.add(notificationId);
    }

    List<Entry> entries() {
        return entries;
    }
}
