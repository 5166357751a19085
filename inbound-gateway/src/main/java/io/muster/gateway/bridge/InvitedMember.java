package io.muster.gateway.bridge;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The bridge's tolerant reading of NotificationRequested v1: a request with {@code bridge: true} invites its person
 * to the incident's bridge (an optional field; absent or false invites nobody).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record InvitedMember(
        @Nullable UUID notificationId,
        @Nullable UUID incidentId,
        @Nullable UUID personId,
        @Nullable String employeeId,
        @Nullable String displayName,
        @Nullable String locale,
        @Nullable List<Channel> channels,
        @Nullable Boolean bridge,
        @Nullable Boolean exercise) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Channel(@Nullable String channel, @Nullable String address) {}

    boolean invited() {
        return Boolean.TRUE.equals(bridge) && notificationId != null && incidentId != null && personId != null;
    }

    /** The number the person is rung on: their VOICE address, else their SMS number. */
    @Nullable
    String phone() {
        return address("VOICE") != null ? address("VOICE") : address("SMS");
    }

    @Nullable
    String employeeDigits() {
        String digits = employeeId == null ? "" : employeeId.replaceAll("\\D", "");
        return digits.isEmpty() ? null : digits;
    }

    private @Nullable String address(String kind) {
        return channels == null
                ? null
                : channels.stream()
                        .filter(c -> kind.equals(c.channel()) && c.address() != null)
                        .map(Channel::address)
                        .findFirst()
                        .orElse(null);
    }
}
