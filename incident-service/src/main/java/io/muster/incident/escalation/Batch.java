package io.muster.incident.escalation;

import io.muster.incident.outbox.OutboxMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Everything one unit of escalation work writes, collected in memory and written by
 * {@link BatchWriter} with one set-based statement per table, whatever the number of people.
 */
public final class Batch {

    record NewRecipient(
            UUID incidentId,
            UUID personId,
            UUID notificationId,
            String replyCode,
            int level,
            @Nullable UUID deputyFor,
            @Nullable Instant notifiedAt,
            @Nullable UUID cohort) {}

    record Step(UUID notificationId, UUID incidentId, UUID personId, int step, String purpose) {}

    /** LEVEL: start level {@code level}; STEP: send step {@code step} to the unanswered of {@code cohort}. */
    record Timer(UUID incidentId, String kind, @Nullable UUID cohort, int level, int step, Instant dueAt) {}

    /** A recipient who leaves their cohort for another (their steps were deferred to a later time). */
    record Move(UUID incidentId, UUID personId, UUID cohort) {}

    /** A new recipient whom no channel can reach, and why (their recipient history shows it). */
    record Unreachable(UUID notificationId, @Nullable String channel, String reason) {}

    /** A step held back until the end of the person's quiet hours (their recipient history shows it). */
    record Held(UUID notificationId, Instant at, Instant until) {}

    private record CohortStep(UUID cohort, int step) {}

    // fresh: new recipients (their first requests are relayed from one outbox row per cohort).
    private record CohortKey(UUID incidentId, int level, int step, Instant dueAt, boolean fresh) {}

    record Notified(UUID incidentId, UUID personId, Instant at) {}

    record Deputy(UUID incidentId, UUID deputyId, UUID forPerson, int level) {}

    /** An outbox row to write: rendered when the batch is written, or by the relay when it publishes. */
    sealed interface Queued permits Rendered, Deferred {}

    // Rendered when written (in parallel, see Rendering): JSON is most of a large batch's CPU.
    record Rendered(Supplier<OutboxMessage> render) implements Queued {}

    /**
     * The first requests of a cohort's new members: one outbox row, which the relay expands by
     * reading the members (DeferredRequests) in notification id order from just below the first.
     */
    static final class Deferred implements Queued {
        final String topic;
        final UUID incidentId;
        final UUID cohort;
        private UUID first;

        Deferred(String topic, UUID incidentId, UUID cohort, UUID notificationId) {
            this.topic = topic;
            this.incidentId = incidentId;
            this.cohort = cohort;
            this.first = notificationId;
        }

        /** Just below the smallest notification id (in PostgreSQL's unsigned order) of the cohort. */
        UUID before() {
            return new UUID(first.getMostSignificantBits(), first.getLeastSignificantBits() - 1);
        }

        private void add(UUID notificationId) {
            int high = Long.compareUnsigned(notificationId.getMostSignificantBits(), first.getMostSignificantBits());
            boolean lower = high < 0
                    || high == 0
                            && Long.compareUnsigned(
                                            notificationId.getLeastSignificantBits(), first.getLeastSignificantBits())
                                    < 0;
            if (lower) {
                first = notificationId;
            }
        }
    }

    final List<NewRecipient> recipients = new ArrayList<>();
    final List<Step> steps = new ArrayList<>();
    final List<Timer> timers = new ArrayList<>();
    final List<Notified> notified = new ArrayList<>();
    final List<Deputy> deputies = new ArrayList<>();
    final List<Move> moves = new ArrayList<>();
    final List<Unreachable> unreachable = new ArrayList<>();
    final List<Held> held = new ArrayList<>();
    final List<Queued> outbox = new ArrayList<>();
    private final Map<UUID, Set<UUID>> targeted = new HashMap<>();
    private final Set<UUID> declaring = new HashSet<>();
    private final Map<UUID, Deferred> deferredCohorts = new HashMap<>();
    private final Set<CohortStep> cohortSteps = new HashSet<>();
    private final Map<CohortKey, UUID> cohorts = new HashMap<>();
    private int requests;
    private @Nullable CohortKey lastCohortKey;
    private @Nullable UUID lastCohort;

    public void publish(OutboxMessage message) {
        outbox.add(new Rendered(() -> message));
        requests += isRequest(message) ? 1 : 0;
    }

    /** Publishes ahead of everything else in the batch (the relay keeps outbox order). */
    public void publishFirst(OutboxMessage message) {
        outbox.addFirst(new Rendered(() -> message));
        requests += isRequest(message) ? 1 : 0;
    }

    /** Queues a NotificationRequested that is rendered when the batch is written. */
    void request(Supplier<OutboxMessage> render) {
        outbox.add(new Rendered(render));
        requests++;
    }

    /**
     * Queues a new member's first NotificationRequested, which the relay renders from their
     * recipient row when it publishes (one outbox row for the whole cohort).
     */
    void defer(String topic, UUID incidentId, UUID cohort, UUID notificationId) {
        Deferred queued = deferredCohorts.get(cohort);
        if (queued == null) {
            queued = new Deferred(topic, incidentId, cohort, notificationId);
            deferredCohorts.put(cohort, queued);
            outbox.add(queued);
        }
        queued.add(notificationId);
        requests++;
    }

    /**
     * Says that the incident is being declared in this batch's transaction, so that nobody is its
     * recipient yet and the fan-out need not look for existing recipients.
     */
    public void declaring(UUID incidentId) {
        declaring.add(incidentId);
    }

    boolean isDeclaring(UUID incidentId) {
        return declaring.contains(incidentId);
    }

    public int recipientCount() {
        return recipients.size();
    }

    public int requestCount() {
        return requests;
    }

    boolean targets(UUID incidentId, UUID personId) {
        return !targeted.computeIfAbsent(incidentId, id -> new HashSet<>()).add(personId);
    }

    private static boolean isRequest(OutboxMessage message) {
        return message.payload().startsWith("{\"type\":\"NotificationRequested\"");
    }

    void levelTimer(UUID incidentId, int level, Instant dueAt) {
        timers.add(new Timer(incidentId, "LEVEL", null, level, 0, dueAt));
    }

    /** Sets the one timer that sends {@code step} to the cohort's unanswered members, once per batch. */
    void cohortStep(UUID incidentId, UUID cohort, int level, int step, Instant dueAt) {
        if (cohortSteps.add(new CohortStep(cohort, step))) {
            timers.add(new Timer(incidentId, "STEP", cohort, level, step, dueAt));
        }
    }

    /**
     * The cohort of this batch whose members are sent {@code step} of the level at {@code dueAt}
     * (new, with its timer, the first time it is asked for): a fan-out to 100,000 people sets one timer.
     */
    UUID cohortFor(UUID incidentId, int level, int step, Instant dueAt, boolean fresh) {
        CohortKey key = new CohortKey(incidentId, level, step, dueAt, fresh);
        if (lastCohort != null && key.equals(lastCohortKey)) {
            return lastCohort; // a fan-out asks for the same cohort 100,000 times in a row
        }
        UUID cohort = cohorts.computeIfAbsent(key, k -> {
            UUID created = Uuids.timeOrdered();
            cohortStep(incidentId, created, level, step, dueAt);
            return created;
        });
        lastCohortKey = key;
        lastCohort = cohort;
        return cohort;
    }
}
