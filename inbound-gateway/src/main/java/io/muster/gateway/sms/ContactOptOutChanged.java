package io.muster.gateway.sms;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published to the replies topic when a number sends STOP or START (ContactOptOutChanged v1).
 * {@code incidentId} is the incident of the number's most recent open request, null without one;
 * {@code personIds} everyone the gateway knows at that number (empty for an unknown number: the
 * incident-service can still match the address against its directory).
 */
record ContactOptOutChanged(
        String type,
        int version,
        UUID eventId,
        Instant occurredAt,
        @Nullable UUID incidentId,
        boolean exercise,
        List<UUID> personIds,
        String channel,
        String address,
        boolean optedOut,
        String keyword,
        String providerReference) {

    static ContactOptOutChanged of(InboundSms sms, SmsKeyword.Sent keyword, Known known, Instant receivedAt) {
        return new ContactOptOutChanged(
                "ContactOptOutChanged",
                1,
                UUID.nameUUIDFromBytes(("optout:" + sms.messageSid()).getBytes(StandardCharsets.UTF_8)),
                receivedAt,
                known.incidentId(),
                known.exercise(),
                known.personIds(),
                "SMS",
                sms.from(),
                keyword.keyword() == SmsKeyword.STOP,
                keyword.word(),
                sms.messageSid());
    }

    /** What the gateway knows about the number. */
    record Known(List<UUID> personIds, @Nullable UUID incidentId, boolean exercise) {}
}
