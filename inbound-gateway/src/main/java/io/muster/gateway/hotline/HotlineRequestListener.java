package io.muster.gateway.hotline;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the hotline's directory from both notification request lanes, in its own consumer group so it never
 * shares partitions with the correlation index. A record it cannot read is skipped: the correlation index reads
 * the same record and is the one that dead-letters it.
 */
@Component
class HotlineRequestListener {

    private static final Logger log = LoggerFactory.getLogger(HotlineRequestListener.class);

    private final HotlineRequests requests;
    private final JsonMapper json;

    HotlineRequestListener(HotlineRequests requests, JsonMapper json) {
        this.requests = requests;
        this.json = json;
    }

    @KafkaListener(
            id = "hotline-directory",
            groupId = "inbound-gateway-hotline",
            topics = "${muster.topics.notification-requests:muster.notification-request.v1}")
    void onNotificationRequested(ConsumerRecord<String, String> record) {
        index(record);
    }

    /** A lane of its own, as everywhere: a large broadcast never delays a life-safety request. */
    @KafkaListener(
            id = "hotline-directory-priority",
            groupId = "inbound-gateway-hotline",
            topics = "${muster.topics.priority-notification-requests:muster.notification-request.priority.v1}")
    void onPriorityNotificationRequested(ConsumerRecord<String, String> record) {
        index(record);
    }

    private void index(ConsumerRecord<String, String> record) {
        RequestedNotification request = decode(record);
        if (request != null) {
            // blocks the listener thread: the offset commits once the row is stored (why not a Mono:
            // kafka/package-info)
            requests.save(request).block();
        }
    }

    private RequestedNotification decode(ConsumerRecord<String, String> record) {
        try {
            RequestedNotification request =
                    record.value() == null ? null : json.readValue(record.value(), RequestedNotification.class);
            if (request != null && request.identifiable()) {
                return request;
            }
        } catch (JacksonException e) {
            // fall through: skipped below
        }
        log.debug("Skipped unreadable request at {}-{}@{}", record.topic(), record.partition(), record.offset());
        return null;
    }
}
