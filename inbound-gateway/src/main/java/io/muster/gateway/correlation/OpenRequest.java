package io.muster.gateway.correlation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A notification request as the gateway indexed it: what it needs to correlate a reply, read a call and
 * show the answer page. {@code purpose} is ALERT, REMINDER, ALL_CLEAR, ... (null from an older publisher).
 */
public record OpenRequest(
        UUID notificationId,
        UUID incidentId,
        UUID personId,
        @Nullable String displayName,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String replyCode,
        List<ReplyOption> replyOptions,
        @Nullable String subject,
        @Nullable Instant expiresAt,
        boolean exercise,
        @Nullable String body,
        @Nullable String locale,
        List<ChannelAddress> channels,
        @Nullable String purpose,
        @Nullable AlternateSite alternateSite) {

    /** A request as indexed before purpose and alternate site were read (the hotline builds these). */
    public OpenRequest(
            UUID notificationId,
            UUID incidentId,
            UUID personId,
            @Nullable String displayName,
            @Nullable String phone,
            @Nullable String email,
            @Nullable String replyCode,
            List<ReplyOption> replyOptions,
            @Nullable String subject,
            @Nullable Instant expiresAt,
            boolean exercise,
            @Nullable String body,
            @Nullable String locale,
            List<ChannelAddress> channels) {
        this(
                notificationId,
                incidentId,
                personId,
                displayName,
                phone,
                email,
                replyCode,
                replyOptions,
                subject,
                expiresAt,
                exercise,
                body,
                locale,
                channels,
                null,
                null);
    }

    /**
     * Whether the request asks a question: an all-clear, a sitrep or task reminder offers no options and
     * never competes for answers (docs/reply-model.md).
     */
    public boolean asksForAnswer() {
        return !replyOptions.isEmpty();
    }

    /** Whether the request may still be answered at {@code now}; an answer after that is late. */
    public boolean isOpenAt(Instant now) {
        return expiresAt == null || expiresAt.isAfter(now);
    }

    /** The answers this request offers: none for a request that asks nothing (never a default set). */
    public List<ReplyOption> offeredOptions() {
        return replyOptions;
    }

    /** The answer a parsed choice (an option key or an answer name) stands for, if this request offers it. */
    public Optional<String> answerFor(String choice) {
        return offeredOptions().stream()
                .filter(option -> choice.equals(option.key()) || choice.equalsIgnoreCase(option.answer()))
                .map(ReplyOption::answer)
                .findFirst();
    }
}
