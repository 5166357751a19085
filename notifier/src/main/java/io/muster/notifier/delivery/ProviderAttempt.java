package io.muster.notifier.delivery;

import io.muster.notifier.channel.ChannelSender;
import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.channel.DeliveryRequest.ChannelAddress;
import io.muster.notifier.channel.Outgoing;
import io.muster.notifier.channel.ProviderFailure;
import io.muster.notifier.channel.Redaction;
import io.muster.notifier.ledger.DeliveryAttempt;
import io.muster.notifier.ledger.DeliveryAttempts;
import io.muster.notifier.outcome.DeliveryOutcomes;
import io.muster.notifier.outcome.NotificationFailed;
import io.muster.notifier.outcome.NotificationSent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One provider call, admitted by the provider's guard, recorded PENDING (committed) before the call
 * and settled in the ledger after it.
 */
@Component
class ProviderAttempt {

    private static final Logger log = LoggerFactory.getLogger(ProviderAttempt.class);

    private final DeliveryAttempts attempts;
    private final DeliveryOutcomes outcomes;
    private final ProviderGuard guard;
    private final Reconciliation reconciliation;

    ProviderAttempt(
            DeliveryAttempts attempts, DeliveryOutcomes outcomes, ProviderGuard guard, Reconciliation reconciliation) {
        this.attempts = attempts;
        this.outcomes = outcomes;
        this.guard = guard;
        this.reconciliation = reconciliation;
    }

    /** @throws ProviderFailure when the failure is transient and worth another attempt */
    ChannelResult make(DeliveryRequest request, ChannelAddress to, ChannelSender sender, int attempt) {
        Outgoing outgoing = sender.prepare(request, to.address(), attempt);
        try {
            String reference = guard.call(sender, () -> begun(outgoing, sender) ? sender.send(outgoing) : null);
            if (reference == null) {
                log.info("{}: already recorded by another consumer, left to it", describe(request, to, attempt));
                return ChannelResult.UNSETTLED;
            }
            DeliveryAttempt sent = attempts.markSent(request.notificationId(), to.channel(), attempt, reference);
            if (log.isDebugEnabled()) { // per message; failures stay at INFO
                log.debug("{}: sent as {} via {}", describe(request, to, attempt), reference, sender.provider());
            }
            outcomes.publish(NotificationSent.of(request, sent));
            return ChannelResult.SENT;
        } catch (ProviderFailure failure) {
            return settle(request, to, attempt, failure);
        }
    }

    private boolean begun(Outgoing outgoing, ChannelSender sender) {
        return attempts.begin(outgoing, sender.channel(), sender.provider());
    }

    private ChannelResult settle(DeliveryRequest request, ChannelAddress to, int attempt, ProviderFailure failure) {
        String error = String.valueOf(failure.getMessage());
        log.info("{}: {} failure: {}", describe(request, to, attempt), failure.kind(), error);
        return switch (failure.kind()) {
            case TRANSIENT -> {
                attempts.markFailed(request.notificationId(), to.channel(), attempt, error, false);
                throw failure;
            }
            case PERMANENT -> {
                outcomes.publish(NotificationFailed.of(
                        request,
                        attempts.markFailed(request.notificationId(), to.channel(), attempt, error, true),
                        error));
                yield ChannelResult.FAILED;
            }
            case AMBIGUOUS ->
                reconciliation.afterTimeout(
                        request, to, attempts.markAmbiguous(request.notificationId(), to.channel(), attempt, error));
        };
    }

    /** For logs: channel, notification, attempt and the masked address. */
    static String describe(DeliveryRequest request, ChannelAddress to, int attempt) {
        return to.channel() + " " + request.notificationId() + " attempt " + attempt + " to "
                + Redaction.address(to.address());
    }
}
