package io.muster.notifier.delivery;

import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.channel.DeliveryRequest.ChannelAddress;
import io.muster.notifier.ledger.DeliveryAttempts;
import io.muster.notifier.ledger.Notifications;
import io.muster.notifier.ledger.Registration;
import io.muster.notifier.outcome.DeliveryOutcomes;
import io.muster.notifier.outcome.NotificationFailed;
import io.muster.notifier.outcome.SentOutcomes;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Tries a request's channels in order: a permanent error, exhausted retries or a failure receipt
 * moves the person to the next channel at once; a sent channel waits (the incident service decides
 * what happens when nobody answers). When no channel is left, nothing more is sent.
 */
@Service
public class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final Senders senders;
    private final ChannelDelivery delivery;
    private final DeliveryOutcomes outcomes;
    private final Notifications notifications;
    private final DeliveryAttempts attempts;
    private final Clock clock;

    NotificationDispatcher(
            Senders senders,
            ChannelDelivery delivery,
            DeliveryOutcomes outcomes,
            Notifications notifications,
            DeliveryAttempts attempts,
            Clock clock) {
        this.senders = senders;
        this.delivery = delivery;
        this.outcomes = outcomes;
        this.notifications = notifications;
        this.attempts = attempts;
        this.clock = clock;
    }

    /** Returns once the current channel is settled (or left unsettled) and its outcome is durable. */
    public void dispatch(DeliveryRequest request) {
        deliverFrom(request, notifications.register(request), false);
    }

    /** Registers a whole poll's requests at once, before {@link #dispatch(DeliveryRequest, Registration)}. */
    public Map<UUID, Registration> registerAll(Collection<DeliveryRequest> requests) {
        return notifications.registerAll(requests);
    }

    /**
     * Like {@link #dispatch(DeliveryRequest)} for a request already registered, except that the
     * outcome events are only sent: the caller must await them before the request counts as done.
     */
    public SentOutcomes dispatch(DeliveryRequest request, Registration registration) {
        return outcomes.sendingOnly(
                () -> deliverFrom(request, registration.currentChannel(), registration.nothingRecorded()));
    }

    /**
     * A failure receipt (undelivered SMS, busy or unanswered call) moves on if it concerns the channel
     * being tried and an attempt the provider took. Our own NotificationFailed events name attempts
     * the ledger holds as FAILED, so they are ignored here (they were handled when they happened).
     */
    public void onFailureReceipt(UUID notificationId, String channel, int attempt) {
        Optional<Notifications.Tried> receiptConcerns = notifications
                .find(notificationId)
                .filter(tried -> tried.isTrying(channel))
                .filter(tried -> attempts.tookOrMayHaveTaken(notificationId, channel, attempt));
        receiptConcerns.ifPresent(tried -> moveOn(tried, channel, attempt));
    }

    private void moveOn(Notifications.Tried tried, String channel, int attempt) {
        UUID notificationId = tried.request().notificationId();
        int failed = tried.currentChannel();
        if (!notifications.advance(notificationId, failed)) {
            return;
        }
        log.info("{} {} attempt {} failed per receipt; next channel", channel, notificationId, attempt);
        try {
            deliverFrom(tried.request(), failed + 1, false);
        } catch (RuntimeException notNow) {
            // the receipt is redelivered (e.g. no provider available): it must find the channel still current
            notifications.retreat(notificationId, failed);
            throw notNow;
        }
    }

    /** {@code nothingRecorded}: the ledger held no attempt of the request when it was registered. */
    private void deliverFrom(DeliveryRequest request, int first, boolean nothingRecorded) {
        if (nothingRecorded && expired(request, first)) {
            return;
        }
        for (int index = first; index < request.channels().size(); index++) {
            if (deliver(request, request.channels().get(index), nothingRecorded && index == first)
                            != ChannelResult.FAILED
                    || !notifications.advance(request.notificationId(), index)) {
                return;
            }
        }
    }

    /**
     * A request nothing was sent for whose answer window has passed (a backlog drained late) is not sent: its
     * link, call and reply code would be dead. One permanent NotificationFailed "expired" says so.
     */
    private boolean expired(DeliveryRequest request, int first) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (!request.expiredAt(now) || first >= request.channels().size()) {
            return false;
        }
        log.info("{} expired at {}: not sent", request.notificationId(), request.expiresAt());
        outcomes.publish(NotificationFailed.expired(
                request, request.channels().get(first).channel(), now));
        return true;
    }

    private ChannelResult deliver(DeliveryRequest request, ChannelAddress to, boolean nothingRecorded) {
        if (senders.pick(to.channel()).isEmpty()) {
            outcomes.publish(NotificationFailed.unsupported(
                    request, to.channel(), clock.instant().truncatedTo(ChronoUnit.MILLIS)));
            return ChannelResult.FAILED;
        }
        return delivery.deliver(request, to, nothingRecorded);
    }
}
