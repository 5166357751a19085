package io.muster.notifier.delivery;

import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.channel.DeliveryRequest.ChannelAddress;
import io.muster.notifier.ledger.AttemptStatus;
import io.muster.notifier.ledger.DeliveryAttempt;
import io.muster.notifier.ledger.DeliveryAttempts;
import io.muster.notifier.outcome.DeliveryOutcomes;
import io.muster.notifier.outcome.NotificationFailed;
import io.muster.notifier.outcome.NotificationSent;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Delivers one channel of a request exactly once: what the ledger already settled is re-published
 * instead of resent, and a call whose fate is unknown is looked up at the provider before any resend.
 */
@Component
class ChannelDelivery {

    private final DeliveryAttempts attempts;
    private final DeliveryOutcomes outcomes;
    private final ProviderCalls calls;
    private final Reconciliation reconciliation;

    ChannelDelivery(
            DeliveryAttempts attempts, DeliveryOutcomes outcomes, ProviderCalls calls, Reconciliation reconciliation) {
        this.attempts = attempts;
        this.outcomes = outcomes;
        this.calls = calls;
        this.reconciliation = reconciliation;
    }

    /** {@code nothingRecorded}: the ledger was just found empty for this request (saves a query). */
    ChannelResult deliver(DeliveryRequest request, ChannelAddress to, boolean nothingRecorded) {
        if (nothingRecorded) {
            return calls.send(request, to, 1);
        }
        List<DeliveryAttempt> recorded = attempts.of(request.notificationId(), to.channel());
        Optional<DeliveryAttempt> settled = recorded.stream()
                .filter(attempt -> attempt.sent() || attempt.failedPermanently())
                .findFirst();
        if (settled.isPresent()) {
            return republish(request, settled.get());
        }
        for (DeliveryAttempt unknown : unknownFates(recorded)) {
            ChannelResult result = reconciliation.reconcile(request, to, unknown);
            if (result != ChannelResult.FAILED) {
                return result;
            }
        }
        // nothing yet, transient failures, or attempts the provider never got
        int nextAttempt = recorded.isEmpty() ? 1 : recorded.getLast().attempt() + 1;
        return calls.send(request, to, nextAttempt);
    }

    /**
     * PENDING on redelivery means we stopped during that provider call: like a timeout, its fate
     * is unknown until the provider is asked.
     */
    private List<DeliveryAttempt> unknownFates(List<DeliveryAttempt> recorded) {
        return recorded.stream()
                .filter(attempt ->
                        attempt.status() == AttemptStatus.PENDING || attempt.status() == AttemptStatus.AMBIGUOUS)
                .map(attempt -> attempt.status() == AttemptStatus.PENDING
                        ? attempts.markAmbiguous(
                                attempt.notificationId(),
                                attempt.channel(),
                                attempt.attempt(),
                                "interrupted during the provider call")
                        : attempt)
                .toList();
    }

    private ChannelResult republish(DeliveryRequest request, DeliveryAttempt settled) {
        outcomes.publish(
                settled.sent()
                        ? NotificationSent.of(request, settled)
                        : NotificationFailed.of(request, settled, String.valueOf(settled.error())));
        return settled.sent() ? ChannelResult.SENT : ChannelResult.FAILED;
    }
}
