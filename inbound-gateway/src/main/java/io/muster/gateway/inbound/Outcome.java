package io.muster.gateway.inbound;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What came of a logged webhook, as one row of a batched update (text columns, cast in SQL). */
record Outcome(
        long id, @Nullable Boolean correlated, @Nullable UUID notificationId, String outcome, @Nullable String reply) {

    @Nullable
    String correlatedText() {
        return correlated == null ? null : correlated.toString();
    }

    @Nullable
    String notificationText() {
        return notificationId == null ? null : notificationId.toString();
    }
}
