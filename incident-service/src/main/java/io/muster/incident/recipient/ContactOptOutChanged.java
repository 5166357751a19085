package io.muster.incident.recipient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Our tolerant reading of ContactOptOutChanged v1: a STOP or START from an address. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ContactOptOutChanged(
        @Nullable UUID eventId,
        @Nullable Instant occurredAt,
        @Nullable UUID incidentId,
        @Nullable List<UUID> personIds,
        @Nullable String channel,
        @Nullable String address,
        @Nullable Boolean optedOut,
        @Nullable String keyword)
        implements ConsumedEvent {

    /** PHONE for SMS and voice, EMAIL for email: the kinds of contact_points. */
    String kind() {
        return "EMAIL".equals(channel) ? "EMAIL" : "PHONE";
    }
}
