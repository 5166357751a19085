package io.muster.incident.recipient;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Records what the notifier reports about deliveries. The listener thread waits until the effect
 * is durable, so the offset is committed only after it (it is a Kafka thread, not an event loop).
 * An unknown type is dead-lettered. Replies have their own listener ({@link ReplyListener}).
 */
@Component
class DeliveryListener {

    private final ConsumedEvents events;
    private final RecipientEvents history;
    private final Replies replies;
    private final OptOuts optOuts;
    private final RecipientCounts counts;

    DeliveryListener(
            ConsumedEvents events, RecipientEvents history, Replies replies, OptOuts optOuts, RecipientCounts counts) {
        this.events = events;
        this.history = history;
        this.replies = replies;
        this.optOuts = optOuts;
        this.counts = counts;
    }

    @KafkaListener(
            id = "incident-service-deliveries",
            groupId = "incident-service",
            topics = "${muster.topics.deliveries:muster.delivery.v1}")
    void on(ConsumerRecord<String, String> record) {
        switch (events.decode(record.value())) {
            case DeliveryEvent delivery -> {
                history.record(delivery.toRecipientEvent());
                counts.recorded(delivery);
            }
            case ReplyReceived reply -> {
                replies.record(reply);
                counts.recorded(reply);
            }
            case ContactOptOutChanged change -> optOuts.record(change);
            case OtherEvent other -> {} // only the replies topic carries other types
        }
    }
}
