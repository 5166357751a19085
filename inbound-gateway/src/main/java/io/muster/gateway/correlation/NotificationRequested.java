package io.muster.gateway.correlation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The gateway's tolerant reading of NotificationRequested v1: only what correlation needs. */
@JsonIgnoreProperties(ignoreUnknown = true)
record NotificationRequested(
        @Nullable UUID eventId,
        @Nullable Instant occurredAt,
        @Nullable UUID incidentId,
        @Nullable Boolean exercise,
        @Nullable UUID notificationId,
        @Nullable UUID personId,
        @Nullable String displayName,
        @Nullable String locale,
        @Nullable List<Channel> channels,
        @Nullable String subject,
        @Nullable String body,
        @Nullable AlternateSite alternateSite,
        @Nullable String replyCode,
        @Nullable List<ReplyOption> replyOptions,
        @Nullable Instant expiresAt,
        @Nullable String purpose) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Channel(@Nullable String channel, @Nullable String address) {}

    List<ChannelAddress> channelAddresses() {
        return channels == null
                ? List.of()
                : channels.stream()
                        .filter(c -> c.channel() != null)
                        .map(c -> new ChannelAddress(c.channel(), c.address()))
                        .toList();
    }

    /** The first address of one of these channels, e.g. the number for SMS or VOICE. */
    @Nullable
    String addressOf(String... kinds) {
        return channels == null
                ? null
                : channels.stream()
                        .filter(c -> c.address() != null && List.of(kinds).contains(c.channel()))
                        .map(Channel::address)
                        .findFirst()
                        .orElse(null);
    }
}
