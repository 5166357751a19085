package io.muster.notifier.receipt;

import io.muster.kafka.UnprocessableRecord;
import io.muster.notifier.delivery.NotificationDispatcher;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the deliveries topic in its own group: a NotificationFailed for a channel the provider took
 * (an undelivered SMS, a busy or unanswered call) moves the person to the next channel at once.
 * Every other event there is none of our business and is skipped.
 */
@Component
class FailureReceiptListener {

    private final JsonMapper json;
    private final NotificationDispatcher dispatcher;

    FailureReceiptListener(JsonMapper json, NotificationDispatcher dispatcher) {
        this.json = json;
        this.dispatcher = dispatcher;
    }

    @KafkaListener(id = "notifier-receipts", groupId = "notifier-receipts", topics = "${muster.topics.deliveries}")
    void onDeliveryEvent(ConsumerRecord<String, String> record) {
        JsonNode event = decode(record.value());
        if (!"NotificationFailed".equals(event.path("type").asString(""))) {
            return;
        }
        if (!event.path("notificationId").isString() || !event.path("channel").isString()) {
            throw new UnprocessableRecord("NotificationFailed without notificationId or channel");
        }
        dispatcher.onFailureReceipt(
                UUID.fromString(event.get("notificationId").asString()),
                event.get("channel").asString(),
                event.path("attempt").asInt(0));
    }

    private JsonNode decode(@Nullable String value) {
        try {
            if (value == null) {
                throw new UnprocessableRecord("Undecodable delivery event: empty record");
            }
            return json.readTree(value);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new UnprocessableRecord("Undecodable delivery event: " + e.getMessage(), e);
        }
    }
}
