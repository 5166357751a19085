package io.muster.incident.kafka;

import io.muster.kafka.KafkaRecoveryAutoConfiguration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Topic names under {@code muster.topics.*}, the same property names in every Muster service. */
@Validated
@ConfigurationProperties("muster.topics")
public record TopicsProperties(
        @DefaultValue("muster.incident.v1") @NotBlank String incidents,
        @DefaultValue("muster.notification-request.v1") @NotBlank String notificationRequests,
        @DefaultValue("muster.notification-request.priority.v1") @NotBlank String priorityNotificationRequests,
        @DefaultValue("muster.delivery.v1") @NotBlank String deliveries,
        @DefaultValue("muster.reply.v1") @NotBlank String replies,
        @DefaultValue("1") @Min(1) short replicas,
        @DefaultValue("4") @Min(1) int partitions) {

    public static String deadLetterTopicOf(String topic) {
        return KafkaRecoveryAutoConfiguration.deadLetterTopicOf(topic);
    }
}
