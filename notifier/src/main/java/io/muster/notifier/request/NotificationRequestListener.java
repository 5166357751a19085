package io.muster.notifier.request;

import io.muster.notifier.delivery.NotificationDispatcher;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Two lanes, two containers and consumer groups: a large informational broadcast never queues in
 * front of life-safety requests. Each record is fully delivered (ledger and outcome durable) before
 * the listener returns, and only then is its offset committed.
 */
@Component
class NotificationRequestListener {

    private final NotificationRequestReader reader;
    private final NotificationDispatcher dispatcher;

    NotificationRequestListener(NotificationRequestReader reader, NotificationDispatcher dispatcher) {
        this.reader = reader;
        this.dispatcher = dispatcher;
    }

    @KafkaListener(
            id = "notifier",
            groupId = "notifier",
            topics = "${muster.topics.notification-requests}",
            concurrency = "${muster.notifier.lane-concurrency:2}")
    void onRequest(ConsumerRecord<String, String> record) {
        dispatcher.dispatch(reader.read(record.value()));
    }

    @KafkaListener(
            id = "notifier-priority",
            groupId = "notifier-priority",
            topics = "${muster.topics.priority-notification-requests}",
            concurrency = "${muster.notifier.lane-concurrency:2}")
    void onPriorityRequest(ConsumerRecord<String, String> record) {
        dispatcher.dispatch(reader.read(record.value()));
    }
}
