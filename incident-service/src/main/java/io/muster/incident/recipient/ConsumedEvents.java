package io.muster.incident.recipient;

import io.muster.incident.kafka.UndeliverableRecord;
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
            "ReplyReceived", ReplyReceived.class);

    private final JsonMapper json;

    ConsumedEvents(JsonMapper json) {
        this.json = json;
    }

    ConsumedEvent decode(@Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new UndeliverableRecord("Empty record");
        }
        try {
            JsonNode tree = json.readTree(value);
            String type = tree.path("type").asString("");
            Class<? extends ConsumedEvent> eventType = BY_TYPE.get(type);
            if (eventType == null) {
                throw new UndeliverableRecord("Unknown event type '" + type + "'");
            }
            return json.treeToValue(tree, eventType);
        } catch (JacksonException e) {
            throw new UndeliverableRecord("Undecodable event: " + e.getOriginalMessage(), e);
        }
    }
}
