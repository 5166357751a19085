package io.muster.notifier.kafka;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

/**
 * How fast a crashed consumer's partitions move: a short session timeout (Kafka waits 45 s by
 * default before it gives a silent member's partitions to the others), and, when this instance has
 * a stable {@code muster.kafka.instance-id}, static membership: a restarted instance takes its
 * partitions back at once, without a rebalance. Each container gets its own member id
 * ({@code <instance-id>-<listener id>}, Spring Kafka adds {@code -<n>} per concurrent consumer),
 * because two containers of one instance may share a group.
 */
@Configuration(proxyBeanMethods = false)
class ConsumerMembership {

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
}
