package io.muster.notifier.delivery;

import io.muster.notifier.delivery.DeliveryRequest.ChannelAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** One provider call: recorded PENDING (committed) before the call, settled in the ledger after it. */
@Component
class ProviderAttempt {

    private static final Logger log = LoggerFactory.getLogger(ProviderAttempt.class);

    private final DeliveryAttempts attempts;
    private final DeliveryOutcomes outcomes;

    ProviderAttempt(DeliveryAttempts attempts, DeliveryOutcomes outcomes) {
        this.attempts = attempts;
        this.outcomes = outcomes;
    }

    /** @throws ProviderFailure when the failure is transient and worth another attempt */
    void make(DeliveryRequest request, ChannelAddress to, ChannelSender sender, int attempt) {
        if (!attempts.begin(request, to.channel(), attempt, sender.provider())) {
            log.info("{}: already recorded by another consumer, left to it", describe(request, to, attempt));
            return;
        }
        try {
            String reference = sender.send(request, to.address(), attempt);
            DeliveryAttempt sent = attempts.markSent(request.notificationId(), to.channel(), attempt, reference);
            log.info("{}: sent as {}", describe(request, to, attempt), reference);
            outcomes.publish(NotificationSent.of(request, sent));
        } catch (ProviderFailure failure) {
            settle(request, to, attempt, failure);
        }
    }

    private void settle(DeliveryRequest request, ChannelAddress to, int attempt, ProviderFailure failure) {
        String error = String.valueOf(failure.getMessage());
        log.info("{}: {} failure: {}", describe(request, to, attempt), failure.kind(), error);
        switch (failure.kind()) {
            case TRANSIENT -> {
                attempts.markFailed(request.notificationId(), to.channel(), attempt, error, false);
                throw failure;
            }
            case PERMANENT ->
                outcomes.publish(NotificationFailed.of(
                        request,
                        attempts.markFailed(request.notificationId(), to.channel(), attempt, error, true),
                        error));
            // reconciliation with the provider (lookup by reference) is a later issue; until then no resend
            case AMBIGUOUS -> attempts.markAmbiguous(request.notificationId(), to.channel(), attempt, error);
        }
    }

    /** For logs: channel, notification, attempt and the masked address. */
    static String describe(DeliveryRequest request, ChannelAddress to, int attempt) {
        return to.channel() + " " + request.notificationId() + " attempt " + attempt + " to "
                + Redaction.address(to.address());
    }
}
