package io.muster.gateway.kafka;

import io.muster.kafka.KafkaRecoveryAutoConfiguration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Topic names shared by every Muster service (see docs/architecture.md). */
@Validated
@ConfigurationProperties("muster.topics")
public record TopicsProperties(
        @NotBlank @DefaultValue("muster.notification-request.v1") String notificationRequests,
        @NotBlank @DefaultValue("muster.notification-request.priority.v1") String priorityNotificationRequests,
        @NotBlank @DefaultValue("muster.delivery.v1") String deliveries,
        @NotBlank @DefaultValue("muster.reply.v1") String replies,
        @NotBlank @DefaultValue("muster.incident.v1") String incidents,
        @Min(1) @DefaultValue("1") int replicas,
        @Min(1) @DefaultValue("4") int partitions) {

    /** Where records of {@code topic} go when they cannot be processed. */
    public static String deadLetterTopicOf(String topic) {
        return KafkaRecoveryAutoConfiguration.deadLetterTopicOf(topic);
    }
}
