package io.muster.incident.subscriber;

import io.muster.incident.security.RateCounters;
import org.springframework.stereotype.Component;

/**
 * Sign-ups per address and per client IP within {@code rate-window}, counted in PostgreSQL
 * ({@link RateCounters}), so every instance shares one count and a restart forgets nothing.
 * Blocking: call inside the sign-up's transaction.
 */
@Component
class SubscribeRateLimit {

    private final RateCounters counters;
    private final SubscriberProperties properties;

    SubscribeRateLimit(RateCounters counters, SubscriberProperties properties) {
        this.counters = counters;
        this.properties = properties;
    }

    /** Counts the attempt; false when the address or the IP has used up its window. */
    boolean allows(String email, String ip) {
        boolean address = counters.take(
                        RateCounters.key("subscribe-address", email),
                        properties.perAddressLimit(),
                        properties.rateWindow(),
                        false)
                .within(properties.perAddressLimit());
        boolean client = counters.take(
                        RateCounters.key("subscribe-ip", ip), properties.perIpLimit(), properties.rateWindow(), false)
                .within(properties.perIpLimit());
        return address && client;
    }
}
