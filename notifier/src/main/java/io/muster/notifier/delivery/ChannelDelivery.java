package io.muster.notifier.delivery;

import io.muster.notifier.delivery.DeliveryRequest.ChannelAddress;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Delivers one channel of a request exactly once: what the ledger already settled is re-published
 * instead of resent, and a call whose fate is unknown is never repeated blindly.
 */
@Component
class ChannelDelivery {

    private static final Logger log = LoggerFactory.getLogger(ChannelDelivery.class);

    private final DeliveryAttempts attempts;
    private final DeliveryOutcomes outcomes;
    private final ProviderCalls calls;

    ChannelDelivery(DeliveryAttempts attempts, DeliveryOutcomes outcomes, ProviderCalls calls) {
        this.attempts = attempts;
        this.outcomes = outcomes;
        this.calls = calls;
    }

    void deliver(DeliveryRequest request, ChannelAddress to, ChannelSender sender) {
        List<DeliveryAttempt> recorded = attempts.of(request.notificationId(), to.channel());
        Optional<DeliveryAttempt> settled = recorded.stream()
                .filter(attempt -> attempt.sent() || attempt.failedPermanently())
                .findFirst();
        if (settled.isPresent()) {
            republish(request, settled.get());
        } else if (recorded.stream().anyMatch(attempt -> attempt.status() == AttemptStatus.PENDING)) {
            markCrashedCallsAmbiguous(request, recorded);
        } else if (recorded.stream().anyMatch(attempt -> attempt.status() == AttemptStatus.AMBIGUOUS)) {
            log.warn(
                    "{} {} has an ambiguous attempt awaiting reconciliation; not resent",
                    to.channel(),
                    request.notificationId());
        } else {
            // nothing yet, or only transient failures from an earlier delivery of this request
            int nextAttempt = recorded.isEmpty() ? 1 : recorded.getLast().attempt() + 1;
            calls.send(request, to, sender, nextAttempt);
        }
    }

    private void republish(DeliveryRequest request, DeliveryAttempt settled) {
        log.info(
                "{} {} already settled by attempt {} ({}); re-publishing the outcome",
                settled.channel(),
                request.notificationId(),
                settled.attempt(),
                settled.status());
        outcomes.publish(
                settled.sent()
                        ? NotificationSent.of(request, settled)
                        : NotificationFailed.of(request, settled, String.valueOf(settled.error())));
    }

    /**
     * A PENDING row on redelivery means we stopped during the provider call: the message may have
     * gone out. Reconciliation with the provider is a later issue; until then nothing is resent.
     */
    private void markCrashedCallsAmbiguous(DeliveryRequest request, List<DeliveryAttempt> recorded) {
        recorded.stream()
                .filter(attempt -> attempt.status() == AttemptStatus.PENDING)
                .forEach(pending -> {
                    attempts.markAmbiguous(
                            pending.notificationId(),
                            pending.channel(),
                            pending.attempt(),
                            "interrupted during the provider call");
                    log.warn(
                            "{} {} attempt {} was interrupted during the provider call; marked ambiguous, not resent",
                            pending.channel(),
                            request.notificationId(),
                            pending.attempt());
                });
    }
}
