package io.muster.incident.accountability;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One answer about a person in an incident, from any source.
 *
 * @param eventId the idempotency key (the ReplyReceived eventId, or a fresh one for an API call)
 * @param siteId the site named for AT_ALTERNATE_SITE; when absent, the location text or the
 *     alternate of the person's home site decides
 * @param late whether the sender already knew it came too late (after the reply window)
 * @param actor who recorded it: a login, or {@code person:<id>} for the person themselves
 * @param onBehalf whether an operator of this service set it (audited as STATE_SET_ON_BEHALF)
 */
public record Answer(
        UUID eventId,
        UUID notificationId,
        State state,
        @Nullable UUID siteId,
        @Nullable String location,
        String channel,
        Source source,
        String actor,
        boolean onBehalf,
        @Nullable String comment,
        @Nullable String rawAnswer,
        boolean late,
        Instant answeredAt) {

    public Answer {
        if (!state.isAnswer()) {
            throw new IllegalArgumentException(state + " is not an answer");
        }
    }
}
