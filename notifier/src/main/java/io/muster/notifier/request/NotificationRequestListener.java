package io.muster.notifier.request;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Two lanes, two containers and consumer groups: a large informational broadcast never queues in
 * front of life-safety requests. Each poll is handed to {@link BatchDelivery} as a whole; the
 * listener returns, and the poll's offsets are committed, only once every record's effects are
 * durable. A record that fails is reported by index, so the records before it are committed and it
 * goes to the error handler (dead letter, or redelivery of it and the rest).
 */
@Component
class NotificationRequestListener {

    private final BatchDelivery delivery;

    NotificationRequestListener(BatchDelivery delivery) {
        this.delivery = delivery;
    }

    @KafkaListener(
            id = "notifier",
            groupId = "notifier",
            topics = "${muster.topics.notification-requests}",
            concurrency = "${muster.notifier.lane-concurrency:2}",
            batch = "true")
    void onRequests(List<ConsumerRecord<String, String>> records) {
        delivery.deliver(records);
    }

    @KafkaListener(
            id = "notifier-priority",
            groupId = "notifier-priority",
            topics = "${muster.topics.priority-notification-requests}",
            concurrency = "${muster.notifier.lane-concurrency:2}",
            batch = "true")
    void onPriorityRequests(List<ConsumerRecord<String, String>> records) {
        delivery.deliver(records);
    }
}
