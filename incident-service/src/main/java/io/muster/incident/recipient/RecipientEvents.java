package io.muster.incident.recipient;

import io.muster.incident.escalation.EscalationStops;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Recipient history, idempotent by eventId: a redelivered event changes nothing. An answer moves
 * the recipient's state unless a later answer is already recorded (the latest answer wins), and
 * stops their escalation.
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
            UPDATE recipients r SET state = $1, answered_at = $2, answer_channel = $3
            FROM notifications n
            WHERE n.notification_id = $4 AND r.incident_id = n.incident_id AND r.person_id = n.person_id
              AND (r.answered_at IS NULL OR r.answered_at <= $2)
            """;

    private final DatabaseClient db;
    private final TransactionalOperator transactions;
    private final EscalationStops escalation;
    private final ContactPoints contactPoints;

    RecipientEvents(
            DatabaseClient db,
            TransactionalOperator transactions,
            EscalationStops escalation,
            ContactPoints contactPoints) {
        this.db = db;
        this.transactions = transactions;
        this.escalation = escalation;
        this.contactPoints = contactPoints;
    }

    /** Completes with whether the event was new. */
    Mono<Boolean> record(RecipientEvent event) {
        return transactions.transactional(requireKnown(event)
                .then(insert(event))
                .flatMap(inserted -> inserted ? effects(event).thenReturn(true) : Mono.just(false)));
    }

    /** An answer stops escalation at once; deliveries and permanent failures update reachability. */
    private Mono<Void> effects(RecipientEvent event) {
        return switch (event.kind()) {
            case ANSWERED -> answer(event).then(escalation.answered(event.notificationId()));
            case DELIVERED -> contactPoints.delivered(event);
            case FAILED -> event.permanentFailure() ? contactPoints.failedPermanently(event) : Mono.empty();
            case SENT -> Mono.empty();
        };
    }

    private Mono<Void> requireKnown(RecipientEvent event) {
        return db.sql("SELECT 1 FROM notifications WHERE notification_id = $1")
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
