package io.muster.incident.recipient;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

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
            VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (event_id) DO NOTHING
            """;

    private static final String KNOWN =
            """
            SELECT 'RECIPIENT' AS whose FROM notifications WHERE notification_id = $1
            UNION ALL SELECT 'NOTICE' FROM task_reminders WHERE notification_id = $1
            UNION ALL SELECT 'NOTICE' FROM sitrep_notices WHERE notification_id = $1
            """;

    private final DatabaseClient db;
    private final TransactionalOperator transactions;
    private final ContactPoints contactPoints;

    RecipientEvents(DatabaseClient db, TransactionalOperator transactions, ContactPoints contactPoints) {
        this.db = db;
        this.transactions = transactions;
        this.contactPoints = contactPoints;
    }

    /** Completes with whether the event was new. */
    Mono<Boolean> record(RecipientEvent event) {
        return transactions.transactional(whose(event)
                .flatMap(whose -> whose.equals("NOTICE")
                        ? Mono.just(false)
                        : insert(event)
                                .flatMap(inserted -> inserted ? effects(event).thenReturn(true) : Mono.just(false))));
    }

    /** Deliveries and permanent failures update reachability. */
    private Mono<Void> effects(RecipientEvent event) {
        return switch (event.kind()) {
            case DELIVERED -> contactPoints.delivered(event);
            case FAILED -> event.permanentFailure() ? contactPoints.failedPermanently(event) : Mono.empty();
            case SENT, ANSWERED -> Mono.empty();
        };
    }

    private Mono<String> whose(RecipientEvent event) {
        return db.sql(KNOWN)
                .bind(0, event.notificationId())
                .map((row, meta) -> row.get("whose", String.class))
                .first()
                .switchIfEmpty(Mono.error(() -> new UnknownNotification(event.notificationId())));
    }

    private Mono<Boolean> insert(RecipientEvent event) {
        var spec = db.sql(INSERT)
                .bind(0, event.eventId())
                .bind(1, event.notificationId())
                .bind(2, event.kind().name());
        spec = event.channel() == null ? spec.bindNull(3, String.class) : spec.bind(3, event.channel());
        spec = event.detail() == null ? spec.bindNull(4, String.class) : spec.bind(4, event.detail());
        return spec.bind(5, event.occurredAt()).fetch().rowsUpdated().map(rows -> rows == 1);
    }
}
