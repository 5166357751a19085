package io.muster.gateway.correlation;

import io.muster.kafka.UnprocessableRecord;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the correlation index up to date from both notification request lanes. Each lane has its
 * own container, so a large informational broadcast never delays indexing a life-safety one.
 */
@Component
class NotificationRequestListener {

    private static final Logger log = LoggerFactory.getLogger(NotificationRequestListener.class);

    private final OpenRequests requests;
    private final JsonMapper json;

    NotificationRequestListener(OpenRequests requests, JsonMapper json) {
        this.requests = requests;
        this.json = json;
    }

    @KafkaListener(
            id = "correlation-index",
            idIsGroup = false,
            topics = "${muster.topics.notification-requests:muster.notification-request.v1}")
    void onNotificationRequested(ConsumerRecord<String, String> record) {
        index(record);
    }

    @KafkaListener(
            id = "correlation-index-priority",
            idIsGroup = false,
            topics = "${muster.topics.priority-notification-requests:muster.notification-request.priority.v1}")
    void onPriorityNotificationRequested(ConsumerRecord<String, String> record) {
        index(record);
    }

    /**
     * Runs on the listener's thread, never an event loop: blocking until the row is stored is what commits the
     * offset, in order (why not a Mono: kafka/package-info).
     */
    private void index(ConsumerRecord<String, String> record) {
        NotificationRequested event = decode(record.value());
        OpenRequest request = openRequest(event);
        requests.save(request, event.occurredAt()).block();
        log.debug("Indexed notification {} of incident {}", request.notificationId(), request.incidentId());
    }

    private NotificationRequested decode(String value) {
        if (value == null) {
            throw new UnprocessableRecord("NotificationRequested without a value");
        }
        try {
            return Objects.requireNonNull(json.readValue(value, NotificationRequested.class), "null event");
        } catch (JacksonException | NullPointerException e) {
            throw new UnprocessableRecord("Undecodable NotificationRequested: " + e.getMessage(), e);
        }
    }

    private static OpenRequest openRequest(NotificationRequested event) {
        if (event.notificationId() == null || event.incidentId() == null || event.personId() == null) {
            throw new UnprocessableRecord("NotificationRequested lacks notificationId, incidentId or personId");
        }
        return new OpenRequest(
                event.notificationId(),
                event.incidentId(),
                event.personId(),
                event.displayName(),
                event.addressOf("SMS", "VOICE"),
                event.addressOf("EMAIL"),
                event.replyCode(),
                Objects.requireNonNullElse(event.replyOptions(), List.of()),
                event.subject(),
                event.expiresAt(),
                Boolean.TRUE.equals(event.exercise()),
                event.body(),
                event.locale(),
                event.channelAddresses(),
                event.purpose(),
                event.alternateSite());
    }
}
