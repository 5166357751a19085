package io.muster.notifier.delivery;

/**
 * No provider can take the call right now (circuit open without a secondary, bulkhead or rate
 * limiter wait exceeded). Nothing was sent: the listener fails and the container redelivers the
 * request later, for as long as it takes; it is never dropped.
 */
public class ProviderUnavailable extends RuntimeException {

    public ProviderUnavailable(String reason, Throwable cause) {
        super(reason, cause);
    }

    public ProviderUnavailable(String reason) {
        super(reason);
    }
}
