package io.muster.incident.recipient;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * A question another feature asks outside the roll call (a call-out: "can you come?"). Its answers
 * come back on the replies topic like any other, and the feature that asked records them: the
 * replies listener hands it the replies to its own notifications instead of recording them as
 * roll-call answers. Implementations live in the features above this package.
 */
public interface OtherQuestions {

    /** The notifications among these that are this feature's questions (one query for a poll's replies). */
    Set<UUID> asked(Collection<UUID> notificationIds);

    /**
     * Records an answer to one of this feature's questions, in the caller's JDBC transaction; a
     * redelivered reply ({@code eventId} seen before) changes nothing. An answer the question does not
     * offer is an {@link io.muster.kafka.UnprocessableRecord}.
     */
    void answered(UUID eventId, UUID notificationId, String answer, String channel, Instant occurredAt);
}
