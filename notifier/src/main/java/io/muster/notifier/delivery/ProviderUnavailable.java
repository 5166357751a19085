package io.muster.notifier.delivery;

import io.muster.kafka.DependencyOutage;

/**
 * No provider can take the call right now (circuit open without a secondary, bulkhead or rate
 * limiter wait exceeded). Nothing was sent: the listener fails and the container redelivers the
 * request later, for as long as it takes; it is never dropped.
 */
public class ProviderUnavailable extends RuntimeException implements DependencyOutage {

    public ProviderUnavailable(String reason, Throwable cause) {
        super(reason, cause);
    }

    public ProviderUnavailable(String reason) {
        super(reason);
    }

    @Override
    public boolean isProvider() {
        return true;
    }
}
