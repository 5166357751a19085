package io.muster.incident.recipient;

import io.muster.kafka.UnprocessableRecord;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The other features' readers of the replies topic, by event type. */
@Component
class OtherReaders {

    private final JsonMapper json;
    private final Map<String, RepliesTopicReader<?>> byType;

    OtherReaders(JsonMapper json, List<RepliesTopicReader<?>> readers) {
        this.json = json;
        this.byType =
                readers.stream().collect(Collectors.toUnmodifiableMap(RepliesTopicReader::type, Function.identity()));
    }

    /** Hands the event to the feature that reads its type; false when no feature does. */
    boolean read(OtherEvent other) {
        RepliesTopicReader<?> reader = byType.get(other.type());
        if (reader == null) {
            return false;
        }
        handle(reader, other);
        return true;
    }

    private <T> void handle(RepliesTopicReader<T> reader, OtherEvent other) {
        T event;
        try {
            event = json.treeToValue(other.event(), reader.eventClass());
        } catch (JacksonException e) {
            throw new UnprocessableRecord("Undecodable " + other.type() + ": " + e.getOriginalMessage(), e);
        }
        reader.handle(event);
    }
}
