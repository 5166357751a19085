package io.muster.incident.recipient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.muster.incident.kafka.UndeliverableRecord;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Our tolerant reading of ReplyReceived v1; this version of the service knows two answers. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ReplyReceived(
        @Nullable UUID eventId,
        @Nullable Instant occurredAt,
        @Nullable UUID incidentId,
        @Nullable UUID notificationId,
        @Nullable String channel,
        @Nullable String answer,
        @Nullable String rawAnswer,
        @Nullable String freeText)
        implements ConsumedEvent {

    static final Set<String> ANSWERS = Set.of("SAFE", "NEEDS_HELP");

    @Override
    public RecipientEvent toRecipientEvent() {
        String known = ConsumedEvent.required(answer, "answer");
        if (!ANSWERS.contains(known)) {
            throw new UndeliverableRecord("Unknown answer " + known);
        }
        return new RecipientEvent(
                ConsumedEvent.required(eventId, "eventId"),
                ConsumedEvent.required(notificationId, "notificationId"),
                RecipientEvent.Kind.ANSWERED,
                channel,
                ConsumedEvent.detail(known, rawAnswer == null ? null : "(" + rawAnswer + ")", freeText),
                ConsumedEvent.required(occurredAt, "occurredAt"),
                known,
                false);
    }
}
