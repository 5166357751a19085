package io.muster.gateway.spool;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code spool} component of the health endpoint: UP while it is empty, {@code DEGRADED} while it holds
 * webhooks (the database was away; they are replayed once it is back), DOWN once it is full (webhooks are
 * refused again).
 */
@Component("spool")
class SpoolHealth implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "webhooks are spooled until the database is back");

    private final Spool spool;
    private final SpoolProperties properties;

    SpoolHealth(Spool spool, SpoolProperties properties) {
        this.spool = spool;
        this.properties = properties;
    }

    @Override
    public Health health() {
        if (!properties.enabled()) {
            return Health.up().withDetail("enabled", false).build();
        }
        Health.Builder health =
                spool.accepting() ? spool.entries() > 0 ? Health.status(DEGRADED) : Health.up() : Health.down();
        return health.withDetail("entries", spool.entries())
                .withDetail("bytes", spool.bytes())
                .withDetail("maxBytes", properties.maxSize().toBytes())
                .build();
    }
}
