package io.muster.kafka;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The {@code kafka} component of the health endpoint: UP with the number of brokers that answered
 * within two seconds, DOWN when none did. A broker outage delays what the services relay and consume;
 * the APIs and webhooks still answer, so this is reported, not used for readiness.
 */
class BrokerHealth implements HealthIndicator, DisposableBean {

    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);

    private final Admin admin;

    BrokerHealth(KafkaAdmin kafka) {
        this.admin = Admin.create(kafka.getConfigurationProperties());
    }

    @Override
    public Health health() {
        try {
            int brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) ANSWER_WITHIN.toMillis()))
                    .nodes()
                    .get(ANSWER_WITHIN.toMillis() + 500, TimeUnit.MILLISECONDS)
                    .size();
            return Health.up().withDetail("brokers", brokers).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("error", "interrupted").build();
        } catch (Exception e) {
            return Health.down()
                    .withDetail("error", "no broker answered within " + ANSWER_WITHIN)
                    .build();
        }
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(1));
    }
}
