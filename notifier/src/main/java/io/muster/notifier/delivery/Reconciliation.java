package io.muster.notifier.delivery;

import io.muster.notifier.NotifierProperties;
import io.muster.notifier.channel.ChannelSender;
import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.channel.DeliveryRequest.ChannelAddress;
import io.muster.notifier.channel.ProviderFailure;
import io.muster.notifier.channel.ProviderLookup;
import io.muster.notifier.ledger.DeliveryAttempt;
import io.muster.notifier.ledger.DeliveryAttempts;
import io.muster.notifier.outcome.DeliveryOutcomes;
import io.muster.notifier.outcome.NotificationSent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Settles an attempt whose fate is unknown by asking the provider that got it: found → SENT with
 * the provider's reference; not found → FAILED (it never left), so a new attempt may be sent. What
 * the ledger already holds as another attempt's (of any notification to that person) is never taken
 * for this one.
 */
@Component
class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

    private final DeliveryAttempts attempts;
    private final DeliveryOutcomes outcomes;
    private final Senders senders;
    private final NotifierProperties settings;

    Reconciliation(DeliveryAttempts attempts, DeliveryOutcomes outcomes, Senders senders, NotifierProperties settings) {
        this.attempts = attempts;
        this.outcomes = outcomes;
        this.senders = senders;
        this.settings = settings;
    }

    /**
     * After a timeout, gives the provider time to finish what it may have received, then asks.
     *
     * @throws ProviderFailure (transient) when the provider has no such message: try again
     */
    ChannelResult afterTimeout(DeliveryRequest request, ChannelAddress to, DeliveryAttempt ambiguous) {
        if (senders.byProvider(ambiguous.provider())
                .map(ChannelSender::answersLookUps)
                .orElse(false)) {
            pause();
        }
        ChannelResult result = reconcile(request, to, ambiguous);
        if (result == ChannelResult.FAILED) {
            throw new ProviderFailure(ProviderFailure.Kind.TRANSIENT, "not found at the provider", null);
        }
        return result;
    }

    private void pause() {
        try {
            Thread.sleep(settings.reconcileAfter());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailable("interrupted before reconciliation", e);
        }
    }

    /** SENT when found, FAILED (not a channel failure: only this attempt) when not, else UNSETTLED. */
    ChannelResult reconcile(DeliveryRequest request, ChannelAddress to, DeliveryAttempt ambiguous) {
        ChannelSender sender = senders.byProvider(ambiguous.provider())
                .orElseThrow(() -> new ProviderUnavailable("provider " + ambiguous.provider() + " not configured"));
        ProviderLookup found;
        try {
            found = sender.lookUp(
                    to.address(),
                    ambiguous.createdAt(),
                    ambiguous.contentSha256(),
                    references -> attempts.heldByOtherAttempts(ambiguous, references));
        } catch (ProviderFailure failure) {
            throw new ProviderUnavailable("cannot ask " + sender.provider() + ": " + failure.getMessage(), failure);
        }
        String described = ProviderAttempt.describe(request, to, ambiguous.attempt());
        return switch (found) {
            case ProviderLookup.Found(String reference) -> {
                log.info("{}: reconciled, the provider has it as {}", described, reference);
                outcomes.publish(NotificationSent.of(
                        request,
                        attempts.markSent(
                                ambiguous.notificationId(), ambiguous.channel(), ambiguous.attempt(), reference)));
                yield ChannelResult.SENT;
            }
            case ProviderLookup.NotFound() -> {
                log.info("{}: reconciled, the provider never got it", described);
                attempts.markFailed(
                        ambiguous.notificationId(),
                        ambiguous.channel(),
                        ambiguous.attempt(),
                        "not found at the provider",
                        false);
                yield ChannelResult.FAILED;
            }
            case ProviderLookup.Unknowable() -> {
                log.warn(
                        "{}: ambiguous and the provider cannot be asked; not resent, next channel after {}",
                        described,
                        settings.unconfirmedMoveOnAfter());
                yield ChannelResult.UNSETTLED;
            }
        };
    }
}
