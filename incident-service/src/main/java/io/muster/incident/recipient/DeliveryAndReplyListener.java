package io.muster.incident.recipient;

import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Records what the notifier and the gateway report. The listener thread waits until the history is
 * durable, so the offset is committed only after the effect (it is a Kafka thread, not an event loop).
 */
@Component
class DeliveryAndReplyListener {

    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(30);

    private final ConsumedEvents events;
    private final RecipientEvents history;

    DeliveryAndReplyListener(ConsumedEvents events, RecipientEvents history) {
        this.events = events;
        this.history = history;
    }

    @KafkaListener(
            id = "incident-service-recipients",
            groupId = "incident-service",
            topics = {"${muster.topics.deliveries:muster.delivery.v1}", "${muster.topics.replies:muster.reply.v1}"})
    void on(ConsumerRecord<String, String> record) {
        history.record(events.decode(record.value()).toRecipientEvent()).block(STORE_TIMEOUT);
    }
}
