package io.muster.incident.subscriber;

import io.muster.incident.statement.PublishedStatement;
import io.muster.incident.statement.PublishedStatements;
import io.muster.incident.storage.Jdbc;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Drains the subscriber mail queue: claims due rows (SKIP LOCKED), sends the batch over one SMTP
 * connection and marks each row, in one transaction per batch. A failed mail waits {@code retryAfter} × attempts and is given
 * up after {@code maxAttempts}; a subscriber who left meanwhile gets nothing (SKIPPED).
 */
@Component
class SubscriberMailer {

    private static final Logger log = LoggerFactory.getLogger(SubscriberMailer.class);

    private final Jdbc jdbc;
    private final SubscriberDeliveryQueue queue;
    private final SubscriberMails mails;
    private final PublishedStatements statements;
    private final SubscriberProperties properties;
    private final Clock clock;

    SubscriberMailer(
            Jdbc jdbc,
            SubscriberDeliveryQueue queue,
            SubscriberMails mails,
            PublishedStatements statements,
            SubscriberProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.queue = queue;
        this.mails = mails;
        this.statements = statements;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends one batch; returns how many rows it handled (a full batch means more may be due). */
    int drainOnce() {
        return jdbc.inTransaction(() -> {
            Instant now = clock.instant();
            List<Delivery> due = queue.claimDue(now, properties.batchSize());
            Map<MimeMessage, Delivery> outgoing = composeWanted(due, now);
            Map<Object, Exception> failures = mails.sendAll(outgoing.keySet());
            outgoing.forEach((message, delivery) -> {
                if (failures.containsKey(message)) {
                    failed(delivery, failures.get(message), now);
                } else {
                    queue.finish(delivery, "SENT", now);
                }
            });
            return due.size();
        });
    }

    private Map<MimeMessage, Delivery> composeWanted(List<Delivery> due, Instant now) {
        Map<UUID, Optional<PublishedStatement>> published = new HashMap<>();
        Map<MimeMessage, Delivery> outgoing = new LinkedHashMap<>();
        for (Delivery delivery : due) {
            if (!delivery.stillWanted()) {
                queue.finish(delivery, "SKIPPED", now);
                continue;
            }
            try {
                outgoing.put(compose(delivery, published), delivery);
            } catch (Exception e) {
                failed(delivery, e, now);
            }
        }
        return outgoing;
    }

    private void failed(Delivery delivery, Exception e, Instant now) {
        int attempts = delivery.attempts() + 1;
        boolean giveUp = attempts >= properties.maxAttempts();
        log.warn(
                "Subscriber mail {} failed (attempt {}{}): {}",
                delivery.id(),
                attempts,
                giveUp ? ", giving up" : "",
                e.getClass().getSimpleName());
        queue.retryLater(
                delivery,
                e.getClass().getSimpleName(),
                now.plus(properties.retryAfter().multipliedBy(attempts)),
                giveUp);
    }

    private MimeMessage compose(Delivery delivery, Map<UUID, Optional<PublishedStatement>> published) throws Exception {
        if (delivery.statementId() == null) {
            return mails.confirmation(delivery);
        }
        PublishedStatement statement = published
                .computeIfAbsent(delivery.statementId(), statements::published)
                .orElseThrow(
                        () -> new IllegalStateException("statement " + delivery.statementId() + " is not published"));
        return mails.statement(delivery, statement);
    }
}
