package io.muster.notifier.delivery;

import io.muster.notifier.channel.ProviderFailure;
import java.util.function.Predicate;

/**
 * Resilience4j retry predicate (named in application.yml): only transient provider failures are
 * worth another try; permanent and ambiguous ones are settled by the first.
 */
public class RetryTransientFailures implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        return failure instanceof ProviderFailure providerFailure
                && providerFailure.kind() == ProviderFailure.Kind.TRANSIENT;
    }
}
