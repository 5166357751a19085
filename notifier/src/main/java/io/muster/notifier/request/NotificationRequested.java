package io.muster.notifier.request;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The notifier's own, tolerant reading of NotificationRequested v1: it ignores fields it does not
 * use, so the incident service can add optional ones without breaking it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record NotificationRequested(
        @NotNull String type,
        int version,
        @NotNull UUID eventId,
        @Nullable Instant occurredAt,
        @NotNull UUID incidentId,
        boolean exercise,
        @NotNull UUID notificationId,
        @NotNull UUID personId,
        @Nullable String priority,
        @NotEmpty List<@Valid @NotNull Channel> channels,
        @NotNull String subject,
        @NotNull String body,
        @Nullable @Valid AlternateSite alternateSite,
        @Nullable String replyCode,
        @Nullable List<@Valid @NotNull ReplyOption> replyOptions,
        @Nullable Instant expiresAt,
        @Nullable String locale,
        @Nullable String incidentType,
        @Nullable String purpose) {

    static final String TYPE = "NotificationRequested";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Channel(@NotBlank String channel, @NotBlank String address) {}

    /** Where a person at an affected site reports if it cannot be used; without a name it says nothing. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record AlternateSite(@Nullable String site, @Nullable String name, @Nullable String address) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReplyOption(@NotBlank String key, @Nullable String answer, @NotBlank String label) {}

    boolean lifeSafety() {
        return "LIFE_SAFETY".equals(priority);
    }
}
