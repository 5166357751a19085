package io.muster.notifier.kafka;

import io.muster.kafka.KafkaRecoveryAutoConfiguration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Topic names shared by every Muster service (see docs/architecture.md), and how many replicas
 * the topics this service declares get.
 */
@Validated
@ConfigurationProperties("muster.topics")
public record TopicsProperties(
        @DefaultValue("muster.notification-request.v1") @NotBlank String notificationRequests,
        @DefaultValue("muster.notification-request.priority.v1") @NotBlank String priorityNotificationRequests,
        @DefaultValue("muster.delivery.v1") @NotBlank String deliveries,
        @DefaultValue("1") @Min(1) short replicas,
        @DefaultValue("4") @Min(1) int partitions) {

    /** The dead-letter topic of {@code topic}. */
    public static String deadLetterOf(String topic) {
        return KafkaRecoveryAutoConfiguration.deadLetterTopicOf(topic);
    }
}
