package io.muster.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.testkit.KillableConsumer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * A notifier instance killed with {@code kill -9} says no goodbye: its life-safety partitions wait
 * until its session times out. With the notifier's own consumer settings they move to the other
 * instances within seconds (Kafka's default would leave the lane silent for 45 s).
 */
class KilledInstanceIntegrationTests extends NotifierIntegrationTest {

    @Autowired
    ConsumerFactory<String, String> consumers;

    @Test
    void aKilledInstancesLifeSafetyPartitionsMoveToTheOtherInstancesWithinSeconds() {
        Map<String, Object> settings = new HashMap<>(consumers.getConfigurationProperties());
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "notifier-priority");

        try (KillableConsumer killed =
                KillableConsumer.joined(topics.priorityNotificationRequests(), settings, Duration.ofSeconds(60))) {
            Duration moved = killed.killAndAwaitPartitionsMoved(Duration.ofSeconds(40));
            System.out.println("The killed instance's life-safety partitions moved after " + moved);

            assertThat(moved).isLessThan(Duration.ofSeconds(20));
        }
    }
}
