package io.muster.notifier.channel;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A provider adapter for one channel and one provider account. One call of {@link #send} is one
 * provider request; the caller records the attempt before it and retries, so an adapter never
 * retries by itself.
 */
public interface ChannelSender {

    /** The channel served, as named in NotificationRequested ("SMS", "VOICE", "EMAIL"). */
    String channel();

    /**
     * The provider's name in outcome events and the ledger, and the name of its Resilience4j
     * RateLimiter, CircuitBreaker and Bulkhead, e.g. "twilio-sms" or "twilio-sms-secondary".
     */
    String provider();

    /** True for the stand-in used while the primary provider's circuit is open. */
    boolean secondary();

    /** Renders what attempt {@code attempt} will send; its fingerprint is recorded before the call. */
    Outgoing prepare(DeliveryRequest request, String address, int attempt);

    /**
     * Sends what {@link #prepare} rendered.
     *
     * @return the provider's reference for the message (Twilio SID, email Message-ID)
     * @throws ProviderFailure classified as transient, permanent or ambiguous
     */
    String send(Outgoing outgoing);

    /** True when {@link #lookUp} can find out what became of an ambiguous attempt (Twilio), false for SMTP. */
    default boolean answersLookUps() {
        return false;
    }

    /**
     * Asks the provider whether an attempt whose fate is unknown reached it: a message or call of
     * this account to {@code address} created since {@code since} (queued ones count: the provider
     * has them), whose content has the fingerprint {@code contentSha256} where the provider shows
     * it, and that the ledger does not already hold as another attempt's ({@code heldElsewhere}
     * answers which of the given provider references belong to other attempts).
     *
     * @throws ProviderFailure when the provider cannot be asked right now
     */
    default ProviderLookup lookUp(
            String address,
            Instant since,
            @Nullable String contentSha256,
            Function<Collection<String>, Set<String>> heldElsewhere) {
        return new ProviderLookup.Unknowable();
    }
}
