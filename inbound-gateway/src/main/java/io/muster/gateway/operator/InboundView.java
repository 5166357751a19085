package io.muster.gateway.operator;

import io.muster.gateway.PhoneNumbers;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An inbound log entry in the operator's list: the sender masked (a phone to its last two digits,
 * an email address to its first letter and domain), what they sent, and what came of it.
 */
record InboundView(
        long id,
        Instant receivedAt,
        String kind,
        @Nullable String from,
        @Nullable String text,
        @Nullable Boolean correlated,
        @Nullable String reason,
        @Nullable UUID notificationId,
        @Nullable String attachedBy,
        @Nullable Instant attachedAt) {

    static InboundView of(InboundRecord entry) {
        return new InboundView(
                entry.id(),
                entry.receivedAt(),
                entry.kind(),
                masked(entry.from()),
                entry.text(),
                entry.correlated(),
                entry.outcome(),
                entry.notificationId(),
                entry.attachedBy(),
                entry.attachedAt());
    }

    static @Nullable String masked(@Nullable String from) {
        if (from == null) {
            return null;
        }
        int at = from.lastIndexOf('@');
        if (at < 0) {
            return PhoneNumbers.masked(from.strip());
        }
        int start = Math.max(from.lastIndexOf('<', at), from.lastIndexOf(' ', at)) + 1;
        String domain = from.substring(at).replace(">", "");
        return (at > start ? from.charAt(start) : '*') + "***" + domain;
    }
}
