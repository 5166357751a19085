package io.muster.gateway.sms;

import io.muster.gateway.correlation.OpenRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Published to the replies topic when a reply answers an open request (ReplyReceived v1). */
record ReplyReceived(
        String type,
        int version,
        UUID eventId,
        Instant occurredAt,
        UUID incidentId,
        boolean exercise,
        UUID notificationId,
        UUID personId,
        String channel,
        String answer,
        String rawAnswer,
        @Nullable String location,
        @Nullable String freeText,
        String providerReference) {

    /** The event id derives from the message, so a replayed webhook can only ever publish the same event. */
    static ReplyReceived bySms(OpenRequest request, String answer, InboundSms sms, Instant receivedAt) {
        UUID eventId = UUID.nameUUIDFromBytes(("sms:" + sms.messageSid()).getBytes(StandardCharsets.UTF_8));
        return new ReplyReceived(
                "ReplyReceived",
                1,
                eventId,
                receivedAt,
                request.incidentId(),
                request.exercise(),
                request.notificationId(),
                request.personId(),
                "SMS",
                answer,
                sms.body().strip(),
                null,
                null,
                sms.messageSid());
    }
}
