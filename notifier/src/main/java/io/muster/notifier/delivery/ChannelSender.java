package io.muster.notifier.delivery;

/**
 * A provider adapter for one channel. One call of {@link #send} is one provider request; the
 * caller records the attempt before it and retries, so an adapter never retries by itself.
 */
public interface ChannelSender {

    /** The channel served, as named in NotificationRequested ("SMS", "EMAIL"). */
    String channel();

    /** The provider's name in outcome events, e.g. "twilio-sms". */
    String provider();

    /** The Resilience4j Retry instance that governs retries of this provider. */
    String retryName();

    /**
     * Sends {@code request} to {@code address} as attempt number {@code attempt}.
     *
     * @return the provider's reference for the message (Twilio SID, email Message-ID)
     * @throws ProviderFailure classified as transient, permanent or ambiguous
     */
    String send(DeliveryRequest request, String address, int attempt);
}
