package io.muster.incident.recipient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.muster.incident.accountability.Answer;
import io.muster.incident.accountability.Source;
import io.muster.incident.accountability.State;
import io.muster.kafka.UnprocessableRecord;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Our tolerant reading of ReplyReceived v1 (with the optional {@code late}). */
@JsonIgnoreProperties(ignoreUnknown = true)
record ReplyReceived(
        @Nullable UUID eventId,
        @Nullable Instant occurredAt,
        @Nullable UUID incidentId,
        @Nullable UUID notificationId,
        @Nullable UUID personId,
        @Nullable String channel,
        @Nullable String answer,
        @Nullable String rawAnswer,
        @Nullable String location,
        @Nullable String freeText,
        @Nullable Boolean late)
        implements ConsumedEvent {

    static final Set<String> ANSWERS = Set.of("SAFE", "NEEDS_HELP", "AT_ALTERNATE_SITE");
    private static final int MAX_TEXT = 500;

    UUID notification() {
        return ConsumedEvent.required(notificationId, "notificationId");
    }

    Answer toAnswer(UUID person) {
        String known = ConsumedEvent.required(answer, "answer");
        if (!ANSWERS.contains(known)) {
            throw new UnprocessableRecord("Unknown answer " + known);
        }
        String on = ConsumedEvent.required(channel, "channel");
        Source source = Source.ofChannel(on);
        return new Answer(
                ConsumedEvent.required(eventId, "eventId"),
                notification(),
                State.valueOf(known),
                null,
                clip(location),
                on,
                source,
                source == Source.OPERATOR ? "gateway-operator" : "person:" + person,
                false,
                clip(freeText),
                clip(rawAnswer),
                Boolean.TRUE.equals(late),
                ConsumedEvent.required(occurredAt, "occurredAt"));
    }

    private static @Nullable String clip(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }
}
