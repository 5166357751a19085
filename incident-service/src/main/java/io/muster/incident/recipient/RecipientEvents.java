package io.muster.incident.recipient;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Recipient history, idempotent by eventId: a redelivered event changes nothing. An answer moves
 * the recipient's state unless a later answer is already recorded (the latest answer wins).
 */
@Component
class RecipientEvents {

    private static final String INSERT =
            """
            INSERT INTO recipient_events (event_id, notification_id, kind, channel, detail, occurred_at)
            VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (event_id) DO NOTHING
            """;

    private static final String ANSWER =
            """
            UPDATE recipients SET state = $1, answered_at = $2, answer_channel = $3
            WHERE notification_id = $4 AND (answered_at IS NULL OR answered_at <= $2)
            """;

    private final DatabaseClient db;
    private final TransactionalOperator transactions;

    RecipientEvents(DatabaseClient db, TransactionalOperator transactions) {
        this.db = db;
        this.transactions = transactions;
    }

    /** Completes with whether the event was new. */
    Mono<Boolean> record(RecipientEvent event) {
        return transactions.transactional(requireKnown(event)
                .then(insert(event))
                .flatMap(inserted -> inserted && event.kind() == RecipientEvent.Kind.ANSWERED
                        ? answer(event).thenReturn(true)
                        : Mono.just(inserted)));
    }

    private Mono<Void> requireKnown(RecipientEvent event) {
        return db.sql("SELECT 1 FROM recipients WHERE notification_id = $1")
                .bind(0, event.notificationId())
                .fetch()
                .first()
                .switchIfEmpty(Mono.error(() -> new UnknownNotification(event.notificationId())))
                .then();
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

    private Mono<Long> answer(RecipientEvent event) {
        var spec = db.sql(ANSWER).bind(0, event.answer()).bind(1, event.occurredAt());
        spec = event.channel() == null ? spec.bindNull(2, String.class) : spec.bind(2, event.channel());
        return spec.bind(3, event.notificationId()).fetch().rowsUpdated();
    }
}
