package io.muster.gateway.hotline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The hotline's tolerant reading of NotificationRequested v1: who was asked about which incident, on which
 * number, their employee id (an optional field: requests from before it existed simply have none) and the reply
 * code of their alert (a proof of identity when the hotline is configured to take it), and the person's roles in
 * the directory (optional: the teams a caller can leave a message for, and whose messages the person hears).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record RequestedNotification(
        @Nullable UUID notificationId,
        @Nullable UUID incidentId,
        @Nullable UUID personId,
        @Nullable String employeeId,
        @Nullable String replyCode,
        @Nullable String displayName,
        @Nullable String locale,
        @Nullable String subject,
        @Nullable Boolean exercise,
        @Nullable Instant expiresAt,
        @Nullable List<Channel> channels,
        @Nullable List<Option> replyOptions,
        @Nullable Boolean bridge,
        @Nullable List<String> roles) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Channel(@Nullable String channel, @Nullable String address) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Option(@Nullable String answer) {}

    /** Whether the person may answer "at the alternate site" (their site has one). */
    boolean offersAlternateSite() {
        return replyOptions != null
                && replyOptions.stream()
                        .anyMatch(option -> option != null && "AT_ALTERNATE_SITE".equals(option.answer()));
    }

    boolean identifiable() {
        return notificationId != null && incidentId != null && personId != null;
    }

    /** The number the person was called or texted on: the one they most likely call from. */
    @Nullable
    String phone() {
        return channels == null
                ? null
                : channels.stream()
                        .filter(c -> c.address() != null && ("SMS".equals(c.channel()) || "VOICE".equals(c.channel())))
                        .map(Channel::address)
                        .findFirst()
                        .orElse(null);
    }

    /** The employee id as typed on a keypad: its digits only ("E-1042" → "1042"), null if it has none. */
    @Nullable
    String employeeDigits() {
        String digits = employeeId == null ? "" : employeeId.replaceAll("\\D", "");
        return digits.isEmpty() ? null : digits;
    }
}
