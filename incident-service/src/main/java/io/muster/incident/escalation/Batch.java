package io.muster.incident.escalation;

import io.muster.incident.outbox.OutboxMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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

    final List<NewRecipient> recipients = new ArrayList<>();
    final List<Step> steps = new ArrayList<>();
    final List<Timer> timers = new ArrayList<>();
    final List<Notified> notified = new ArrayList<>();
    final List<Deputy> deputies = new ArrayList<>();
    final List<OutboxMessage> outbox = new ArrayList<>();
    private final Set<String> targeted = new HashSet<>();

    public void publish(OutboxMessage message) {
        outbox.add(message);
    }

    /** Publishes ahead of everything else in the batch (the relay keeps outbox order). */
    public void publishFirst(OutboxMessage message) {
        outbox.addFirst(message);
    }

    public int recipientCount() {
        return recipients.size();
    }

    public int requestCount() {
        return (int) outbox.stream()
                .filter(m -> m.payload().startsWith("{\"type\":\"NotificationRequested\""))
                .count();
    }

    boolean targets(UUID incidentId, UUID personId) {
        return !targeted.add(incidentId + "/" + personId);
    }

    void timer(UUID incidentId, String kind, @Nullable UUID personId, int level, int step, Instant dueAt) {
        timers.add(new Timer(incidentId, kind, personId, level, step, dueAt));
    }
}
