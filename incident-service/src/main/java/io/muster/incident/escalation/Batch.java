package io.muster.incident.escalation;

import io.muster.incident.outbox.OutboxRows;
import io.muster.incident.storage.TimeOrderedIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything one unit of escalation work writes, collected in memory and written by
 * {@link BatchWriter} with one set-based statement per table, whatever the number of people, and
 * the outbox rows that go with it.
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

    final List<NewRecipient> recipients = new ArrayList<>();
    final List<Step> steps = new ArrayList<>();
    final List<Timer> timers = new ArrayList<>();
    final List<Notified> notified = new ArrayList<>();
    final List<Deputy> deputies = new ArrayList<>();
    final List<Move> moves = new ArrayList<>();
    final List<Unreachable> unreachable = new ArrayList<>();
    final List<Held> held = new ArrayList<>();
    private final Map<UUID, Set<UUID>> targeted = new HashMap<>();
    private final Set<UUID> declaring = new HashSet<>();
    private final Set<CohortStep> cohortSteps = new HashSet<>();
    private final Map<CohortKey, UUID> cohorts = new HashMap<>();
    private @Nullable CohortKey lastCohortKey;
    private @Nullable UUID lastCohort;

    private final OutboxRows outbox = new OutboxRows();

    /** The outbox rows written with the batch, after its other rows and in the order they were queued. */
    public OutboxRows outbox() {
        return outbox;
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

    boolean targets(UUID incidentId, UUID personId) {
        return !targeted.computeIfAbsent(incidentId, id -> new HashSet<>()).add(personId);
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
            UUID created = TimeOrderedIds.next();
            cohortStep(incidentId, created, level, step, dueAt);
            return created;
        });
        lastCohortKey = key;
        lastCohort = cohort;
        return cohort;
    }
}
