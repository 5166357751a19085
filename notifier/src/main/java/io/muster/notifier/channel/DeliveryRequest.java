package io.muster.notifier.channel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What to deliver, to whom and on which channels (in order of preference); built from a
 * NotificationRequested event and kept as JSON so a later failure receipt can move on. {@code purpose}
 * (ALERT, REMINDER, ALL_CLEAR, SITREP_REMINDER, TASK_OVERDUE; null read as ALERT) and {@code
 * alternateSite} decide the words around the commander's (docs/reply-model.md).
 */
public record DeliveryRequest(
        UUID notificationId,
        UUID incidentId,
        UUID personId,
        boolean exercise,
        boolean lifeSafety,
        String subject,
        String body,
        @Nullable String replyCode,
        List<ReplyOption> replyOptions,
        List<ChannelAddress> channels,
        String locale,
        String incidentType,
        @Nullable Instant expiresAt,
        @Nullable String purpose,
        @Nullable AlternateSite alternateSite) {

    public DeliveryRequest {
        replyOptions = List.copyOf(replyOptions);
        channels = List.copyOf(channels);
    }

    /** A request in English for a general incident without expiry (tests and simple callers). */
    public DeliveryRequest(
            UUID notificationId,
            UUID incidentId,
            UUID personId,
            boolean exercise,
            boolean lifeSafety,
            String subject,
            String body,
            @Nullable String replyCode,
            List<ReplyOption> replyOptions,
            List<ChannelAddress> channels) {
        this(
                notificationId,
                incidentId,
                personId,
                exercise,
                lifeSafety,
                subject,
                body,
                replyCode,
                replyOptions,
                channels,
                "en",
                "general",
                null,
                null,
                null);
    }

    /** A request without a purpose (read as an alert) or an alternate site. */
    public DeliveryRequest(
            UUID notificationId,
            UUID incidentId,
            UUID personId,
            boolean exercise,
            boolean lifeSafety,
            String subject,
            String body,
            @Nullable String replyCode,
            List<ReplyOption> replyOptions,
            List<ChannelAddress> channels,
            String locale,
            String incidentType,
            @Nullable Instant expiresAt) {
        this(
                notificationId,
                incidentId,
                personId,
                exercise,
                lifeSafety,
                subject,
                body,
                replyCode,
                replyOptions,
                channels,
                locale,
                incidentType,
                expiresAt,
                null,
                null);
    }

    /** Past its answer window at {@code now}: its link would be dead, so it is not sent. */
    public boolean expiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    /** An all-clear or an information asks for no answer: no instruction, no link. */
    public boolean expectsAnswer() {
        return !replyOptions.isEmpty();
    }

    /**
     * One answer the person can give, e.g. key "1", answer SAFE, label "I am safe". The channel
     * texts name a known answer in the person's language; the label is for answers they do not know.
     */
    public record ReplyOption(String key, @Nullable String answer, String label) {

        public ReplyOption(String key, String label) {
            this(key, null, label);
        }
    }

    /** Where a person at an affected site reports if it cannot be used; {@code address} may be null. */
    public record AlternateSite(@Nullable String site, String name, @Nullable String address) {}

    /** A channel (SMS, EMAIL, VOICE, ...) and the address to reach the person on it. */
    public record ChannelAddress(String channel, String address) {}
}
