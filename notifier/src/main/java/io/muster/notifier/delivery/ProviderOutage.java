package io.muster.notifier.delivery;

import io.muster.notifier.channel.ProviderFailure;
import java.util.function.Predicate;

/**
 * Resilience4j circuit-breaker predicate (named in application.yml): what says the provider is down.
 * A permanent error is the recipient's problem and a 429 asks us to slow down, so neither counts.
 */
public class ProviderOutage implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        return failure instanceof ProviderFailure providerFailure
                && providerFailure.kind() != ProviderFailure.Kind.PERMANENT
                && !providerFailure.throttled();
    }
}
