package io.muster.gateway.correlation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A notification a person may still answer: the gateway's copy of what it needs to correlate a reply. */
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
        List<ChannelAddress> channels) {

    /** Used when a request offers no options of its own: the roll-call defaults every SMS names. */
    static final List<ReplyOption> DEFAULT_OPTIONS =
            List.of(new ReplyOption("1", "SAFE", "I am safe"), new ReplyOption("2", "NEEDS_HELP", "I need help"));

    /** An all-clear offers no options: it asks for no answer on the channels that can tell (voice, email, web). */
    public boolean asksForAnswer() {
        return !replyOptions.isEmpty();
    }

    /** Whether the request may still be answered at {@code now}; an answer after that is late. */
    public boolean isOpenAt(Instant now) {
        return expiresAt == null || expiresAt.isAfter(now);
    }

    public List<ReplyOption> offeredOptions() {
        return replyOptions.isEmpty() ? DEFAULT_OPTIONS : replyOptions;
    }

    /** The answer a parsed choice (an option key or an answer name) stands for, if this request offers it. */
    public Optional<String> answerFor(String choice) {
        return offeredOptions().stream()
                .filter(option -> choice.equals(option.key()) || choice.equalsIgnoreCase(option.answer()))
                .map(ReplyOption::answer)
                .findFirst();
    }
}
