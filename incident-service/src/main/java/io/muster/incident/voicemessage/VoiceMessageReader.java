package io.muster.incident.voicemessage;

import io.muster.incident.kafka.TypedRecords;
import io.muster.kafka.UnprocessableRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads only VoiceMessageLeft from the replies topic, in a consumer group of its own (like the hotline
 * listener). Other types are skipped; a record that cannot be read goes to the dead-letter topic with the
 * reason; the shared error handler waits out a database outage. The offset is committed after the message,
 * its audit entry and its notice are stored.
 */
@Component
class VoiceMessageListener {

    static final String TYPE = "VoiceMessageLeft";

    private final JsonMapper json;
    private final VoiceMessages messages;

    VoiceMessageListener(JsonMapper json, VoiceMessages messages) {
        this.json = json;
        this.messages = messages;
    }

    @KafkaListener(
            id = "incident-service-voice-messages",
            groupId = "incident-service-voice-messages",
            topics = "${muster.topics.replies:muster.reply.v1}")
    void on(ConsumerRecord<String, String> record) {
        VoiceMessageLeft event = decode(record.value());
        if (event != null) {
            messages.store(event);
        }
    }

    /** The event, or null when the record is of another type. */
    @Nullable
    VoiceMessageLeft decode(@Nullable String value) {
        VoiceMessageLeft event = TypedRecords.decode(json, value, TYPE, VoiceMessageLeft.class);
        if (event == null) {
            return null;
        }
        if (event.eventId() == null
                || event.incidentId() == null
                || event.fromPersonId() == null
                || event.toPersonId() == null) {
            throw new UnprocessableRecord("VoiceMessageLeft without eventId, incidentId, fromPersonId or toPersonId");
        }
        return event;
    }
}
