package io.muster.notifier.delivery;

import io.github.resilience4j.retry.RetryRegistry;
import io.muster.notifier.delivery.DeliveryRequest.ChannelAddress;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Calls a provider under its Resilience4j Retry (configured in application.yml). Each try is an
 * attempt of its own in the ledger; only transient failures lead to another try.
 */
@Component
class ProviderCalls {

    private static final Logger log = LoggerFactory.getLogger(ProviderCalls.class);

    private final ProviderAttempt attempt;
    private final DeliveryAttempts attempts;
    private final DeliveryOutcomes outcomes;
    private final RetryRegistry retries;

    ProviderCalls(
            ProviderAttempt attempt, DeliveryAttempts attempts, DeliveryOutcomes outcomes, RetryRegistry retries) {
        this.attempt = attempt;
        this.attempts = attempts;
        this.outcomes = outcomes;
        this.retries = retries;
    }

    /** Makes attempts {@code firstAttempt}, {@code firstAttempt + 1}, ... until one settles the channel. */
    void send(DeliveryRequest request, ChannelAddress to, ChannelSender sender, int firstAttempt) {
        AtomicInteger next = new AtomicInteger(firstAttempt);
        try {
            retries.retry(sender.retryName())
                    .executeRunnable(() -> attempt.make(request, to, sender, next.getAndIncrement()));
        } catch (ProviderFailure exhausted) {
            // only transient failures leave an attempt, and the Retry rethrows the last one when it gives up
            DeliveryAttempt last =
                    attempts.of(request.notificationId(), to.channel()).getLast();
            log.warn("{}: gave up", ProviderAttempt.describe(request, to, last.attempt()));
            outcomes.publish(NotificationFailed.of(request, last, "retries exhausted: " + last.error()));
        }
    }
}
