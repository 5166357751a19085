package io.muster.gateway.operator;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One inbound log entry as the operator API reads it (the raw parameters included). */
record InboundRecord(
        long id,
        Instant receivedAt,
        String kind,
        String providerReference,
        Map<String, String> params,
        @Nullable Boolean correlated,
        @Nullable String outcome,
        @Nullable UUID notificationId,
        @Nullable String attachedBy,
        @Nullable Instant attachedAt) {

    /** What the person wrote or pressed: an SMS's body, a call's keys (an email's text stays in the raw mail). */
    @Nullable
    String text() {
        return params.containsKey("Body") ? params.get("Body") : params.get("Digits");
    }

    @Nullable
    String from() {
        return params.get("From");
    }
}
