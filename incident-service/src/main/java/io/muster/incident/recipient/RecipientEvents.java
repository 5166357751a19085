package io.muster.incident.recipient;

import io.muster.incident.storage.Jdbc;
import java.sql.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Delivery history, idempotent by eventId: a redelivered event changes nothing. Answers take
 * another path ({@link Replies}). Reports about a task's overdue reminder are recognised and left
 * out of the recipients' history (the task owner need not be a recipient).
 */
@Component
class RecipientEvents {

    private static final String INSERT =
            """
            INSERT INTO recipient_events (event_id, notification_id, kind, channel, detail, occurred_at)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING
            """;

    private static final String KNOWN =
            """
            SELECT 'RECIPIENT' AS whose FROM notifications WHERE notification_id = :notification
            UNION ALL SELECT 'NOTICE' FROM task_reminders WHERE notification_id = :notification
            UNION ALL SELECT 'NOTICE' FROM sitrep_notices WHERE notification_id = :notification
            UNION ALL SELECT 'NOTICE' FROM callout_notifications WHERE notification_id = :notification
            """;

    private final Jdbc jdbc;
    private final ContactPoints contactPoints;

    RecipientEvents(Jdbc jdbc, ContactPoints contactPoints) {
        this.jdbc = jdbc;
        this.contactPoints = contactPoints;
    }

    /**
     * Records the event and its effects in one transaction; returns whether it was new. Runs on a
     * Kafka listener thread, which waits until it is durable.
     */
    boolean record(RecipientEvent event) {
        return jdbc.inTransaction(() -> {
            boolean recorded = isAboutARecipient(event) && insert(event);
            if (recorded) {
                effects(event);
            }
            return recorded;
        });
    }

    /** Deliveries and permanent failures update reachability. */
    private void effects(RecipientEvent event) {
        switch (event.kind()) {
            case DELIVERED -> contactPoints.delivered(event);
            case FAILED -> {
                if (event.permanentFailure()) {
                    contactPoints.failedPermanently(event);
                }
            }
            case SENT, ANSWERED -> {}
        }
    }

    /** False for a notice (a task's or a sitrep's reminder); an unknown notification cannot be recorded. */
    private boolean isAboutARecipient(RecipientEvent event) {
        return jdbc
                .client()
                .sql(KNOWN)
                .param("notification", event.notificationId())
                .query(String.class)
                .list()
                .stream()
                .findFirst()
                .orElseThrow(() -> new UnknownNotification(event.notificationId()))
                .equals("RECIPIENT");
    }

    private boolean insert(RecipientEvent event) {
        return jdbc.client()
                        .sql(INSERT)
                        .param(event.eventId())
                        .param(event.notificationId())
                        .param(event.kind().name())
                        .param(event.channel())
                        .param(event.detail())
                        .param(Timestamp.from(event.occurredAt()))
                        .update()
                == 1;
    }
}
