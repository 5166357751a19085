package io.muster.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.core.JacksonException;

/**
 * One error policy for every consumer of every service, by {@link Failures}: an outage (database,
 * broker, no provider able to take the call) pauses the consumer and retries the record with backoff
 * until the dependency is back, never dead-letters it; a record that can never succeed goes to
 * {@code <topic>.DLT} at once, with the reason in Spring Kafka's exception headers; an unknown failure
 * is retried a few times first. Every dead-lettered record is counted ({@code muster.kafka.dead-lettered}).
 *
 * <p>And how fast a crashed consumer's partitions move: a short session timeout (Kafka waits 45 s by
 * default before it gives a silent member's partitions to the others), and, when the instance has a
 * stable {@code muster.kafka.instance-id}, static membership: a restarted instance takes its partitions
 * back at once, without a rebalance. Each container gets its own member id ({@code <instance-id>-<listener
 * id>}, Spring Kafka adds {@code -<n>} per concurrent consumer), because two containers of one instance may
 * share a group.
 */
@AutoConfiguration
@EnableConfigurationProperties(KafkaRecoveryProperties.class)
public class KafkaRecoveryAutoConfiguration {

    /** The dead-letter topic of a consumed topic. */
    public static String deadLetterTopicOf(String topic) {
        return topic + ".DLT";
    }

    @Bean
    ConsumerPauses consumerPauses() {
        return new ConsumerPauses();
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler deadLetterErrorHandler(
            KafkaOperations<Object, Object> kafka,
            KafkaRecoveryProperties settings,
            MeterRegistry meters,
            ConsumerPauses pauses) {
        var deadLetters = new DeadLetterPublishingRecoverer(
                kafka, (record, failure) -> new TopicPartition(deadLetterTopicOf(record.topic()), -1));
        var handler = new OutageTolerantErrorHandler(
                new CountedDeadLetters(deadLetters, meters), afterUnknownFailure(settings), pauses.handler());
        handler.addNotRetryableExceptions(UnprocessableRecord.class, JacksonException.class);
        BackOff untilBack = untilTheDependencyIsBack(settings);
        BackOff untilAProviderIsBack = untilAProviderIsBack();
        handler.setBackOffFunction((record, failure) -> {
            if (!Failures.isTransient(failure)) {
                return null;
            }
            return providerUnavailable(failure) ? untilAProviderIsBack : untilBack;
        });
        handler.setRetryListeners(new RetryLog());
        handler.setLogLevel(KafkaException.Level.DEBUG);
        return handler;
    }

    @Bean
    DefaultKafkaConsumerFactoryCustomizer shortSessions(KafkaRecoveryProperties settings) {
        return factory -> factory.updateConfigs(Map.of(
                ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG,
                        (int) settings.sessionTimeout().toMillis(),
                ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG,
                        (int) settings.heartbeatInterval().toMillis()));
    }

    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> staticMembership(
            KafkaRecoveryProperties settings) {
        return container -> {
            String instanceId = settings.instanceId();
            if (instanceId != null && !instanceId.isBlank()) {
                container
                        .getContainerProperties()
                        .getKafkaConsumerProperties()
                        .setProperty(
                                ConsumerConfig.GROUP_INSTANCE_ID_CONFIG,
                                instanceId.strip() + "-" + container.getListenerId());
            }
        };
    }

    /** The {@code kafka} component of the health endpoint (reported, not used for readiness). */
    @Bean("kafka")
    BrokerHealth brokerHealth(KafkaAdmin kafka) {
        return new BrokerHealth(kafka);
    }

    private static BackOff untilTheDependencyIsBack(KafkaRecoveryProperties settings) {
        var backOff = new ExponentialBackOff(settings.outageBackoff().toMillis(), 2.0);
        backOff.setMaxInterval(settings.outageBackoffMax().toMillis());
        return backOff;
    }

    /** A provider's circuit stays open 30 s: asking more often than that only adds load. */
    private static BackOff untilAProviderIsBack() {
        var backOff = new ExponentialBackOff(1_000, 2);
        backOff.setMaxInterval(30_000);
        return backOff;
    }

    private static BackOff afterUnknownFailure(KafkaRecoveryProperties settings) {
        return new FixedBackOff(1_000, settings.failureRetries());
    }

    private static boolean providerUnavailable(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DependencyOutage outage && outage.isProvider()) {
                return true;
            }
        }
        return false;
    }
}
