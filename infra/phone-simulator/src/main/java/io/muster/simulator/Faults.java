package io.muster.simulator;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Injected provider trouble: failing create requests and added latency, per resource. */
public final class Faults {

    private static final Set<Integer> FAILURE_STATUSES = Set.of(400, 429, 500, 503);

    private final Map<Resource, PendingFailures> failures = new ConcurrentHashMap<>();
    private final Map<Resource, Duration> delays = new ConcurrentHashMap<>();

    /** The next {@code count} create requests for {@code resource} answer {@code status} with a Twilio error. */
    public Faults failNext(Resource resource, int status, int count) {
        if (!FAILURE_STATUSES.contains(status)) {
            throw new IllegalArgumentException("status must be one of " + FAILURE_STATUSES);
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        failures.put(resource, new PendingFailures(status, new AtomicInteger(count)));
        return this;
    }

    /** Every request for {@code resource} waits {@code delay} before it is answered. */
    public Faults delay(Resource resource, Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        delays.put(resource, delay);
        return this;
    }

    public Faults clear() {
        failures.clear();
        delays.clear();
        return this;
    }

    /** Used by the server: the status the next create request must fail with, consuming one failure. */
    public OptionalInt takeFailure(Resource resource) {
        PendingFailures pending = failures.get(resource);
        if (pending == null || pending.remaining().getAndDecrement() <= 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(pending.status());
    }

    /** Used by the server: the latency to add to each request. */
    public Duration delayFor(Resource resource) {
        return delays.getOrDefault(resource, Duration.ZERO);
    }

    private record PendingFailures(int status, AtomicInteger remaining) {}
}
