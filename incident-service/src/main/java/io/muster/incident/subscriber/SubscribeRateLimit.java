package io.muster.incident.subscriber;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A sliding-window limit on sign-ups per address and per client IP, in this instance's memory
 * (several instances each allow the limit; enough to stop one client from mail-bombing an address).
 */
@Component
class SubscribeRateLimit {

    private static final int MAX_KEYS = 100_000;

    private final SubscriberProperties properties;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    SubscribeRateLimit(SubscriberProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts the attempt; false when the address or the IP has used up its window. */
    boolean allows(String email, String ip) {
        boolean address = take("address:" + email, properties.perAddressLimit());
        boolean client = take("ip:" + ip, properties.perIpLimit());
        return address && client;
    }

    private static boolean stale(Deque<Instant> times, Instant windowStart) {
        synchronized (times) {
            Instant last = times.peekLast();
            return last == null || last.isBefore(windowStart);
        }
    }

    private boolean take(String key, int limit) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(properties.rateWindow());
        if (recent.size() > MAX_KEYS) {
            recent.values().removeIf(times -> stale(times, windowStart));
        }
        Deque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(windowStart)) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
