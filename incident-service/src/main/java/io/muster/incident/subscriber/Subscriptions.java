package io.muster.incident.subscriber;

import io.muster.incident.audit.AuditTrail;
import io.muster.incident.storage.Jdbc;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Double opt-in: a sign-up stores the address as PENDING and queues a confirmation mail; the
 * signed link in it confirms. The caller learns nothing about whether the address was known.
 */
@Component
class Subscriptions {

    private final Jdbc jdbc;
    private final SubscriberTokens tokens;
    private final SubscribeRateLimit rateLimit;
    private final AuditTrail audit;
    private final Clock clock;

    Subscriptions(Jdbc jdbc, SubscriberTokens tokens, SubscribeRateLimit rateLimit, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.rateLimit = rateLimit;
        this.audit = audit;
        this.clock = clock;
    }

    Mono<Void> subscribe(String email, String clientIp) {
        return jdbc.transactional(() -> {
                    if (rateLimit.allows(email, clientIp)) {
                        requestConfirmation(email);
                    }
                    return true;
                })
                .then();
    }

    private void requestConfirmation(String email) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.client()
                .sql("INSERT INTO subscribers (id, email, status, requested_at) VALUES (?, ?, 'PENDING', ?)"
                        + " ON CONFLICT (email) DO NOTHING")
                .params(UUID.randomUUID(), email, now)
                .update();
        var subscriber = jdbc.client()
                .sql("SELECT id, status FROM subscribers WHERE email = ? FOR UPDATE")
                .param(email)
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("status")))
                .single();
        if (subscriber.getValue().equals("CONFIRMED")) {
            return;
        }
        jdbc.client()
                .sql("UPDATE subscribers SET status = 'PENDING', requested_at = ? WHERE id = ?")
                .params(now, subscriber.getKey())
                .update();
        jdbc.client()
                .sql("INSERT INTO subscriber_deliveries (subscriber_id, kind) VALUES (?, 'CONFIRMATION')")
                .param(subscriber.getKey())
                .update();
        audit.record(
                null, "public", "SUBSCRIPTION_REQUESTED", subscriber.getKey().toString(), Map.of());
    }

    Mono<Void> confirm(String token) {
        UUID id = tokens.read(SubscriberTokens.Purpose.CONFIRM, token).orElseThrow(InvalidLink::new);
        return change(id, "CONFIRMED", "confirmed_at", "status IN ('PENDING', 'CONFIRMED')", "SUBSCRIPTION_CONFIRMED");
    }

    Mono<Void> unsubscribe(String token) {
        UUID id = tokens.read(SubscriberTokens.Purpose.UNSUBSCRIBE, token).orElseThrow(InvalidLink::new);
        return change(id, "UNSUBSCRIBED", "unsubscribed_at", "true", "SUBSCRIPTION_ENDED");
    }

    private Mono<Void> change(UUID id, String status, String column, String allowedFrom, String action) {
        return jdbc.transactional(() -> {
                    int changed = jdbc.client()
                            .sql("UPDATE subscribers SET status = ?, " + column + " = ? WHERE id = ? AND "
                                    + allowedFrom)
                            .params(status, Timestamp.from(clock.instant()), id)
                            .update();
                    if (changed == 0) {
                        throw new InvalidLink();
                    }
                    audit.record(null, "public", action, id.toString(), Map.of());
                    return true;
                })
                .then();
    }
}
