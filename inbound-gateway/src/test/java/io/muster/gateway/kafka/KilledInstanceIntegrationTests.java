package io.muster.gateway.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.GatewayIntegrationTest;
import io.muster.testkit.KillableConsumer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * A gateway instance killed with {@code kill -9} leaves its share of the correlation index's
 * life-safety partitions unread until its session times out: with the gateway's consumer settings
 * they move to the other instances within seconds, so replies to new alerts can be correlated.
 */
class KilledInstanceIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    ConsumerFactory<String, String> consumers;

    @Test
    void aKilledInstancesCorrelationIndexPartitionsMoveToTheOtherInstancesWithinSeconds() {
        Map<String, Object> settings = new HashMap<>(consumers.getConfigurationProperties());
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "inbound-gateway");

        try (KillableConsumer killed =
                KillableConsumer.joined("muster.notification-request.priority.v1", settings, Duration.ofSeconds(60))) {
            Duration moved = killed.killAndAwaitPartitionsMoved(Duration.ofSeconds(40));
            System.out.println("The killed gateway's correlation-index partitions moved after " + moved);

            assertThat(moved).isLessThan(Duration.ofSeconds(20));
        }
    }
}
