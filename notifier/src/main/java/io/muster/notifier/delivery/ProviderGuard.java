package io.muster.notifier.delivery;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.muster.notifier.channel.ChannelSender;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Admits one provider call under the provider's Bulkhead (concurrent calls), RateLimiter (waits for
 * its turn rather than failing) and CircuitBreaker, all configured per provider in application.yml.
 */
@Component
class ProviderGuard {

    private final BulkheadRegistry bulkheads;
    private final RateLimiterRegistry rateLimiters;
    private final CircuitBreakerRegistry circuits;

    ProviderGuard(BulkheadRegistry bulkheads, RateLimiterRegistry rateLimiters, CircuitBreakerRegistry circuits) {
        this.bulkheads = bulkheads;
        this.rateLimiters = rateLimiters;
        this.circuits = circuits;
    }

    /**
     * Runs {@code call} (the ledger's PENDING row, then the provider request) once admitted; what it
     * throws counts for the circuit as {@link ProviderOutage} says.
     *
     * @throws ProviderUnavailable when not admitted; then {@code call} did not run
     */
    <T> T call(ChannelSender sender, Supplier<T> call) {
        String provider = sender.provider();
        Bulkhead bulkhead = bulkheads.bulkhead(provider);
        if (!bulkhead.tryAcquirePermission()) {
            throw new ProviderUnavailable(provider + ": too many calls in flight");
        }
        try {
            RateLimiter rateLimiter = rateLimiters.rateLimiter(provider);
            if (!rateLimiter.acquirePermission()) {
                throw new ProviderUnavailable(provider + ": no sending permit within the rate limiter's timeout");
            }
            return guarded(circuits.circuitBreaker(provider), call);
        } finally {
            bulkhead.onComplete();
        }
    }

    private static <T> T guarded(CircuitBreaker circuit, Supplier<T> call) {
        if (!circuit.tryAcquirePermission()) {
            throw new ProviderUnavailable(circuit.getName() + ": circuit " + circuit.getState());
        }
        long start = System.nanoTime();
        try {
            T result = call.get();
            circuit.onResult(System.nanoTime() - start, TimeUnit.NANOSECONDS, result);
            return result;
        } catch (RuntimeException failure) {
            circuit.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, failure);
            throw failure;
        }
    }
}
