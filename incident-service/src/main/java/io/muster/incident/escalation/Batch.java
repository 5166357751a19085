package io.muster.incident.escalation;

import io.muster.incident.outbox.OutboxMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
            @Nullable Instant notifiedAt) {}

    record Step(UUID notificationId, UUID incidentId, UUID personId, int step, String purpose) {}

    record Timer(UUID incidentId, String kind, @Nullable UUID personId, int level, int step, Instant dueAt) {}

    record Notified(UUID incidentId, UUID personId, Instant at) {}

    record Deputy(UUID incidentId, UUID deputyId, UUID forPerson, int level) {}

    private record Target(UUID incidentId, UUID personId) {}

    /** An outbox row to write: rendered when the batch is written, or by the relay when it publishes. */
    sealed interface Queued permits Rendered, Deferred {}

    // Rendered when written (in parallel, see Rendering): JSON is most of a large batch's CPU.
    record Rendered(Supplier<OutboxMessage> render) implements Queued {}

    // A person's first request of a fan-out; DeferredRequests renders it from their recipient row.
    record Deferred(String topic, String key, UUID notificationId) implements Queued {}

    final List<NewRecipient> recipients = new ArrayList<>();
    final List<Step> steps = new ArrayList<>();
    final List<Timer> timers = new ArrayList<>();
    final List<Notified> notified = new ArrayList<>();
    final List<Deputy> deputies = new ArrayList<>();
    final List<Queued> outbox = new ArrayList<>();
    private final Set<Target> targeted = new HashSet<>();
    private final Set<UUID> declaring = new HashSet<>();
    private int requests;

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

    /** Queues a NotificationRequested that the relay renders from the recipient row when it publishes. */
    void defer(String topic, String key, UUID notificationId) {
        outbox.add(new Deferred(topic, key, notificationId));
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
        return !targeted.add(new Target(incidentId, personId));
    }

    private static boolean isRequest(OutboxMessage message) {
        return message.payload().startsWith("{\"type\":\"NotificationRequested\"");
    }

    void timer(UUID incidentId, String kind, @Nullable UUID personId, int level, int step, Instant dueAt) {
        timers.add(new Timer(incidentId, kind, personId, level, step, dueAt));
    }
}
