package io.muster.incident.recipient;

import io.muster.kafka.UnprocessableRecord;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a record's JSON into the event its {@code type} names. */
@Component
class ConsumedEvents {

    private static final Map<String, Class<? extends ConsumedEvent>> BY_TYPE = Map.of(
            "NotificationSent", NotificationSent.class,
            "NotificationDelivered", NotificationDelivered.class,
            "NotificationFailed", NotificationFailed.class,
            "ReplyReceived", ReplyReceived.class,
            "ContactOptOutChanged", ContactOptOutChanged.class);

    private final JsonMapper json;

    ConsumedEvents(JsonMapper json) {
        this.json = json;
    }

    /** A record of the deliveries topic: an unknown type cannot be delivered. */
    ConsumedEvent decode(@Nullable String value) {
        return decode(value, false);
    }

    /**
     * @param skipUnknown true on the replies topic, which carries other features' types: another
     *     type is handed over or skipped there, not dead-lettered
     */
    ConsumedEvent decode(@Nullable String value, boolean skipUnknown) {
        if (value == null || value.isBlank()) {
            throw new UnprocessableRecord("Empty record");
        }
        try {
            JsonNode tree = json.readTree(value);
            String type = tree.path("type").asString("");
            Class<? extends ConsumedEvent> eventType = BY_TYPE.get(type);
            if (eventType != null) {
                return json.treeToValue(tree, eventType);
            }
            if (skipUnknown) {
                return new OtherEvent(type, tree);
            }
            throw new UnprocessableRecord("Unknown event type '" + type + "'");
        } catch (JacksonException e) {
            throw new UnprocessableRecord("Undecodable event: " + e.getOriginalMessage(), e);
        }
    }
}
