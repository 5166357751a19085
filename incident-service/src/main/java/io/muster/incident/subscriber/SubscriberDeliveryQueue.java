package io.muster.incident.subscriber;

import io.muster.incident.storage.Jdbc;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The subscriber mail queue (blocking JDBC, inside a {@link Jdbc} transaction). Claimed rows stay
 * locked until that transaction ends, so another instance skips them; a crash after sending and
 * before commit sends that mail again (at least once).
 */
@Component
class SubscriberDeliveryQueue {

    private final Jdbc jdbc;

    SubscriberDeliveryQueue(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    List<Delivery> claimDue(Instant now, int limit) {
        return jdbc.client()
                .sql(
                        """
                        SELECT d.id, d.kind, d.statement_id, d.attempts, s.id AS subscriber_id, s.email, s.status
                        FROM subscriber_deliveries d JOIN subscribers s ON s.id = d.subscriber_id
                        WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?
                        ORDER BY d.next_attempt_at, d.id
                        LIMIT ?
                        FOR UPDATE OF d SKIP LOCKED
                        """)
                .params(Timestamp.from(now), limit)
                .query((rs, n) -> new Delivery(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getObject("statement_id", UUID.class),
                        rs.getInt("attempts"),
                        rs.getObject("subscriber_id", UUID.class),
                        rs.getString("email"),
                        rs.getString("status")))
                .list();
    }

    void finish(Delivery delivery, String status, Instant now) {
        jdbc.client()
                .sql("UPDATE subscriber_deliveries SET status = ?, sent_at = ?, attempts = attempts + 1 WHERE id = ?")
                .params(status, status.equals("SENT") ? Timestamp.from(now) : null, delivery.id())
                .update();
    }

    void retryLater(Delivery delivery, String error, Instant nextAttempt, boolean giveUp) {
        jdbc.client()
                .sql("UPDATE subscriber_deliveries SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?,"
                        + " status = ? WHERE id = ?")
                .params(error, Timestamp.from(nextAttempt), giveUp ? "FAILED" : "PENDING", delivery.id())
                .update();
    }
}
