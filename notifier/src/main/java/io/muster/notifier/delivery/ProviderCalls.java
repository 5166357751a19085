package io.muster.notifier.delivery;

import io.github.resilience4j.retry.RetryRegistry;
import io.muster.notifier.channel.ChannelSender;
import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.channel.DeliveryRequest.ChannelAddress;
import io.muster.notifier.channel.ProviderFailure;
import io.muster.notifier.ledger.DeliveryAttempt;
import io.muster.notifier.ledger.DeliveryAttempts;
import io.muster.notifier.outcome.DeliveryOutcomes;
import io.muster.notifier.outcome.NotificationFailed;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Calls a channel's provider under the channel's Resilience4j Retry (application.yml). Each try is
 * an attempt of its own in the ledger, and picks its provider again: once the primary's circuit
 * opens, the next try goes to the secondary. Only transient failures lead to another try.
 */
@Component
class ProviderCalls {

    private static final Logger log = LoggerFactory.getLogger(ProviderCalls.class);

    private final ProviderAttempt attempt;
    private final DeliveryAttempts attempts;
    private final DeliveryOutcomes outcomes;
    private final RetryRegistry retries;
    private final Senders senders;

    ProviderCalls(
            ProviderAttempt attempt,
            DeliveryAttempts attempts,
            DeliveryOutcomes outcomes,
            RetryRegistry retries,
            Senders senders) {
        this.attempt = attempt;
        this.attempts = attempts;
        this.outcomes = outcomes;
        this.retries = retries;
        this.senders = senders;
    }

    /** Makes attempts {@code firstAttempt}, {@code firstAttempt + 1}, ... until one settles the channel. */
    ChannelResult send(DeliveryRequest request, ChannelAddress to, int firstAttempt) {
        AtomicInteger next = new AtomicInteger(firstAttempt);
        try {
            return retries.retry(retryName(to.channel()))
                    .executeSupplier(() -> attempt.make(request, to, sender(to.channel()), next.getAndIncrement()));
        } catch (ProviderFailure exhausted) {
            // only transient failures leave an attempt, and the Retry rethrows the last one when it gives up
            DeliveryAttempt last =
                    attempts.of(request.notificationId(), to.channel()).getLast();
            log.warn("{}: gave up", ProviderAttempt.describe(request, to, last.attempt()));
            outcomes.publish(NotificationFailed.of(request, last, "retries exhausted: " + last.error()));
            return ChannelResult.FAILED;
        }
    }

    private ChannelSender sender(String channel) {
        return senders.pick(channel).orElseThrow(() -> new IllegalStateException("no sender for " + channel));
    }

    /** One Retry per channel (its primary provider's name), whichever provider a try goes to. */
    private static String retryName(String channel) {
        return switch (channel) {
            case "SMS" -> "twilio-sms";
            case "VOICE" -> "twilio-voice";
            default -> "smtp";
        };
    }
}
