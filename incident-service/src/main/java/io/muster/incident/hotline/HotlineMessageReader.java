package io.muster.incident.hotline;

import io.muster.incident.kafka.TypedRecords;
import io.muster.kafka.UnprocessableRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads only HotlineMessageRecorded from the replies topic, in a consumer group of its own (the
 * recipients listener handles the other types there). Other types are skipped; a record that
 * cannot be read goes to the dead-letter topic. The offset is committed after the message is stored.
 */
@Component
class HotlineListener {

    static final String TYPE = "HotlineMessageRecorded";

    private final JsonMapper json;
    private final HotlineMessages messages;

    HotlineListener(JsonMapper json, HotlineMessages messages) {
        this.json = json;
        this.messages = messages;
    }

    @KafkaListener(
            id = "incident-service-hotline",
            groupId = "incident-service-hotline",
            topics = "${muster.topics.replies:muster.reply.v1}")
    void on(ConsumerRecord<String, String> record) {
        HotlineMessageRecorded event = decode(record.value());
        if (event != null) {
            messages.store(event);
        }
    }

    /** The event, or null when the record is of another type. */
    @Nullable
    HotlineMessageRecorded decode(@Nullable String value) {
        HotlineMessageRecorded event = TypedRecords.decode(json, value, TYPE, HotlineMessageRecorded.class);
        if (event == null) {
            return null;
        }
        if (event.eventId() == null || event.incidentId() == null || event.recordingUrl() == null) {
            throw new UnprocessableRecord("HotlineMessageRecorded without eventId, incidentId or recordingUrl");
        }
        return event;
    }
}
