package io.muster.notifier.delivery;

import io.muster.notifier.NotifierProperties;
import io.muster.notifier.ledger.DeliveryAttempt;
import io.muster.notifier.ledger.DeliveryAttempts;
import io.muster.notifier.ledger.Notifications;
import io.muster.notifier.outcome.DeliveryOutcomes;
import io.muster.notifier.outcome.NotificationFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * An ambiguous attempt the provider cannot be asked about (an SMTP relay that timed out after the
 * whole message) is never resent: the person may have it. But it must not stall the person either:
 * once {@code muster.notifier.unconfirmed-move-on-after} has passed, a NotificationFailed for it is
 * published, and the receipt listener moves the person on exactly as for a provider's failure
 * receipt (so a missing provider for the next channel is retried there, and duplicates move once).
 */
@Component
class UnconfirmedAttempts {

    private static final Logger log = LoggerFactory.getLogger(UnconfirmedAttempts.class);
    private static final int PER_SWEEP = 200;

    private final DeliveryAttempts attempts;
    private final Notifications notifications;
    private final DeliveryOutcomes outcomes;
    private final Senders senders;
    private final NotifierProperties settings;

    UnconfirmedAttempts(
            DeliveryAttempts attempts,
            Notifications notifications,
            DeliveryOutcomes outcomes,
            Senders senders,
            NotifierProperties settings) {
        this.attempts = attempts;
        this.notifications = notifications;
        this.outcomes = outcomes;
        this.senders = senders;
        this.settings = settings;
    }

    @Scheduled(
            initialDelayString = "${muster.notifier.unconfirmed-sweep-interval:15s}",
            fixedDelayString = "${muster.notifier.unconfirmed-sweep-interval:15s}")
    void moveOnFromOverdue() {
        if (senders.unaskable().isEmpty()) {
            return;
        }
        for (DeliveryAttempt overdue :
                attempts.ambiguousAndCurrent(senders.unaskable(), settings.unconfirmedMoveOnAfter(), PER_SWEEP)) {
            notifications.find(overdue.notificationId()).ifPresent(tried -> {
                log.info(
                        "{} {} attempt {}: unconfirmed by {} after {}; moving on without resending",
                        overdue.channel(),
                        overdue.notificationId(),
                        overdue.attempt(),
                        overdue.provider(),
                        settings.unconfirmedMoveOnAfter());
                outcomes.publish(NotificationFailed.of(tried.request(), overdue, reason(overdue)));
            });
        }
    }

    private String reason(DeliveryAttempt overdue) {
        return "unconfirmed: " + overdue.provider() + " may or may not have taken it (" + overdue.error()
                + "); not resent, next channel after " + settings.unconfirmedMoveOnAfter();
    }
}
