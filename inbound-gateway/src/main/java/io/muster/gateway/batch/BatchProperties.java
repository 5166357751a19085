package io.muster.gateway.batch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the reply hot path batches its statements (inbound log entries, their outcomes, the correlation
 * lookups): each kind is a {@link GroupCommit}.
 *
 * @param maxRows most rows one statement carries
 * @param statementsInFlight how many statements of a kind may run at once; what arrives meanwhile waits for the next
 */
@ConfigurationProperties("muster.gateway.batches")
public record BatchProperties(@DefaultValue("256") int maxRows, @DefaultValue("2") int statementsInFlight) {

    /** A group commit of this size for {@code statement}. */
    public <I, O> GroupCommit<I, O> groupCommit(
            java.util.function.Function<java.util.List<I>, reactor.core.publisher.Mono<java.util.List<O>>> statement) {
        return new GroupCommit<>(maxRows, statementsInFlight, statement);
    }
}
