package io.muster.gateway.batch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the reply hot paths batch their work, each through a {@link GroupCommit}: SMS replies as whole
 * batches (log, correlate, publish, record), and the other webhooks' inbound-log inserts, outcome
 * updates and correlation lookups one statement kind at a time.
 *
 * @param maxRows most rows (or SMS replies) one batch carries
 * @param statementsInFlight how many batches of a kind may run at once; what arrives meanwhile waits for the next
 * @param timeout how long a batch may run before its rows fail (503, retried by the provider) and its place is freed
 * @param maxQueued how many rows (or replies) of a kind may wait for a batch; past it a webhook is answered 503 with
 *     Retry-After at once, so a flood cannot grow the gateway's memory without limit
 */
@ConfigurationProperties("muster.gateway.batches")
public record BatchProperties(
        @DefaultValue("256") int maxRows,
        @DefaultValue("2") int statementsInFlight,
        @DefaultValue("30s") java.time.Duration timeout,
        @DefaultValue("10000") int maxQueued) {

    /** A group commit of this size for {@code statement}. */
    public <I, O> GroupCommit<I, O> groupCommit(
            java.util.function.Function<java.util.List<I>, reactor.core.publisher.Mono<java.util.List<O>>> statement) {
        return new GroupCommit<>(maxRows, statementsInFlight, maxQueued, timeout, statement);
    }
}
