package io.muster.incident.recipient;

import io.micrometer.core.instrument.MeterRegistry;
import io.muster.incident.kafka.TopicsProperties;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Records what the notifier and the gateway report. The listener thread waits until the effect is
 * durable, so the offset is committed only after it (it is a Kafka thread, not an event loop).
 * On the replies topic, HotlineMessageRecorded and unknown types are skipped and counted
 * ({@code muster.replies.skipped}); on the deliveries topic an unknown type is dead-lettered.
 */
@Component
class DeliveryAndReplyListener {

    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(30);

    private final ConsumedEvents events;
    private final RecipientEvents history;
    private final Replies replies;
    private final OptOuts optOuts;
    private final TopicsProperties topics;
    private final MeterRegistry meters;

    DeliveryAndReplyListener(
            ConsumedEvents events,
            RecipientEvents history,
            Replies replies,
            OptOuts optOuts,
            TopicsProperties topics,
            MeterRegistry meters) {
        this.events = events;
        this.history = history;
        this.replies = replies;
        this.optOuts = optOuts;
        this.topics = topics;
        this.meters = meters;
    }

    @KafkaListener(
            id = "incident-service-recipients",
            groupId = "incident-service",
            topics = {"${muster.topics.deliveries:muster.delivery.v1}", "${muster.topics.replies:muster.reply.v1}"})
    void on(ConsumerRecord<String, String> record) {
        switch (events.decode(record.value(), record.topic().equals(topics.replies()))) {
            case DeliveryEvent delivery ->
                history.record(delivery.toRecipientEvent()).block(STORE_TIMEOUT);
            case ReplyReceived reply -> replies.record(reply);
            case ContactOptOutChanged change -> optOuts.record(change);
            case SkippedEvent skipped ->
                meters.counter("muster.replies.skipped", "type", skipped.type()).increment();
        }
    }
}
