package io.muster.incident.kafka;

import io.muster.kafka.UnprocessableRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one event type off a topic that carries several (the replies topic): the event, or null when the
 * record is of another type, for a listener in a consumer group of its own to skip. An empty or undecodable
 * record can never be handled: {@link UnprocessableRecord}, so it goes to the dead-letter topic.
 */
public final class TypedRecords {

    private TypedRecords() {}

    public static <T> @Nullable T decode(JsonMapper json, @Nullable String value, String type, Class<T> as) {
        if (value == null || value.isBlank()) {
            throw new UnprocessableRecord("Empty record");
        }
        try {
            JsonNode tree = json.readTree(value);
            if (!type.equals(tree.path("type").asString(""))) {
                return null;
            }
            return json.treeToValue(tree, as);
        } catch (JacksonException e) {
            throw new UnprocessableRecord("Undecodable event: " + e.getOriginalMessage(), e);
        }
    }
}
