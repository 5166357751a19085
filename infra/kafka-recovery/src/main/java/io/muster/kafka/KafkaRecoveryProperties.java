package io.muster.kafka;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the service's consumers ride out failures and crashes ({@code muster.kafka.*}, the same
 * names in every Muster service; docs/delivery-guarantees.md).
 *
 * @param instanceId this instance's stable name for static group membership (e.g. the pod name of
 *     a StatefulSet): a restarted instance takes its partitions back without a rebalance. Every
 *     instance needs a distinct one (a duplicate fences the other instance's consumers). Unset:
 *     dynamic membership.
 * @param sessionTimeout how long the group waits for a silent (killed) consumer before its
 *     partitions move to the others (Kafka's default is 45 s)
 * @param heartbeatInterval how often a consumer says it is alive (at most a third of the session timeout)
 * @param outageBackoff the first pause of a consumer waiting out an outage (database, broker)
 * @param outageBackoffMax the longest pause between its tries; it tries until the dependency is back
 * @param failureRetries how often a record failing for an unknown reason is retried before it is dead-lettered
 */
@Validated
@ConfigurationProperties("muster.kafka")
public record KafkaRecoveryProperties(
        @Nullable String instanceId,
        @DefaultValue("10s") @NotNull Duration sessionTimeout,
        @DefaultValue("3s") @NotNull Duration heartbeatInterval,
        @DefaultValue("500ms") @NotNull Duration outageBackoff,
        @DefaultValue("10s") @NotNull Duration outageBackoffMax,
        @DefaultValue("3") @Min(0) int failureRetries) {}
