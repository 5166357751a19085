package io.muster.gateway.spool;

import java.util.Set;
import org.springframework.boot.health.actuate.endpoint.SimpleStatusAggregator;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The gateway's overall health: {@code DEGRADED} (HTTP 200), not DOWN, while a dependency is down but the
 * spool can still take webhooks, so a load balancer keeps sending the provider's webhooks here; each
 * component still names what is down. DOWN once the spool cannot take them either (full, or off).
 */
@Component
class SpoolingStatusAggregator implements StatusAggregator {

    private static final StatusAggregator ORDER = new SimpleStatusAggregator(
            Status.DOWN, Status.OUT_OF_SERVICE, SpoolHealth.DEGRADED, Status.UP, Status.UNKNOWN);

    private final Spool spool;

    SpoolingStatusAggregator(Spool spool) {
        this.spool = spool;
    }

    @Override
    public Status getAggregateStatus(Set<Status> statuses) {
        Status aggregate = ORDER.getAggregateStatus(statuses);
        return aggregate.equals(Status.DOWN) && spool.accepting() ? SpoolHealth.DEGRADED : aggregate;
    }
}
