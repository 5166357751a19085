package io.muster.gateway.inbound;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What came of a logged webhook, as one row of a batched update (text columns, cast in SQL).
 *
 * @param correlated whether it answered a request; null for what never could (a STOP, a HELP): neither
 *     correlated nor for an operator to attach
 */
public record Outcome(
        long id, @Nullable Boolean correlated, @Nullable UUID notificationId, String outcome, @Nullable String reply) {

    public Outcome {
        // PostgreSQL text cannot hold NUL: kept visibly as U+FFFD
        reply = reply == null ? null : reply.replace('\u0000', '\uFFFD');
    }

    /** Entry {@code id} answered {@code notificationId}, or (null) none: then an operator may attach it. */
    public static Outcome of(long id, @Nullable UUID notificationId, String outcome, @Nullable String reply) {
        return new Outcome(id, notificationId != null, notificationId, outcome, reply);
    }

    /** Entry {@code id} was a keyword that answers no request (a STOP, a HELP). */
    public static Outcome keyword(long id, String outcome, @Nullable String reply) {
        return new Outcome(id, null, null, outcome, reply);
    }

    @Nullable
    String correlatedText() {
        return correlated == null ? null : correlated.toString();
    }

    @Nullable
    String notificationText() {
        return notificationId == null ? null : notificationId.toString();
    }
}
