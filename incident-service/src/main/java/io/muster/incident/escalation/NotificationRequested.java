package io.muster.incident.escalation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Asks the notifier to reach one person (key personId) on the lane of the incident's priority: the
 * service's one record of the event, written only by {@link Requests}. {@code subject} is a bare
 * title and {@code body} the words a person wrote (or empty); {@code purpose} says what kind of
 * message it is and the notifier words it in the person's language. {@code purpose}, {@code level},
 * {@code step}, {@code employeeId}, {@code alternateSite} and {@code roles} (the person's roles in the directory: the
 * hotline's teams) are optional additions to v1.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotificationRequested(
        String type,
        int version,
        UUID eventId,
        Instant occurredAt,
        UUID incidentId,
        boolean exercise,
        UUID notificationId,
        UUID personId,
        @Nullable String employeeId,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable List<String> roles,
        String displayName,
        String locale,
        String priority,
        List<Channel> channels,
        String subject,
        String body,
        @Nullable AlternateSite alternateSite,
        String replyCode,
        List<ReplyOption> replyOptions,
        Instant expiresAt,
        @Nullable String purpose,
        @Nullable Integer level,
        @Nullable Integer step,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Boolean bridge) {

    /** What a message is; a request that asks for an answer is an ALERT or a REMINDER of one question. */
    public enum Purpose {
        ALERT,
        REMINDER,
        ALL_CLEAR,
        SITREP_REMINDER,
        TASK_OVERDUE,
        /** A correction of the question (answers still offered), to the people the question reached. */
        CORRECTION,
        /** The question withdrawn: nothing asked, escalation stopped. */
        CANCELLATION,
        /** A call-out's question: "can you come?" (1 yes, 2 no). */
        CALLOUT,
        /** To a call-out's yes-sayer: where and when to report. */
        CALLOUT_REPORT,
        /** To those asked by a call-out who did not say yes: no longer needed. */
        CALLOUT_RELEASE,
        /** A colleague left a voice message on the hotline (subject: their name; body: the incident's title). */
        VOICE_MESSAGE
    }

    /** A channel to try, in order, with the person's address on it. */
    public record Channel(String channel, String address) {}

    /** An answer the person can give, and the key that gives it. */
    public record ReplyOption(String key, String answer, String label) {}

    /**
     * Where a person of an affected site reports if their site cannot be used: their site, its
     * alternate site and the alternate's address (which may be unknown).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AlternateSite(String site, String name, @Nullable String address) {}

    public static final List<ReplyOption> ROLL_CALL_OPTIONS =
            List.of(new ReplyOption("1", "SAFE", "I am safe"), new ReplyOption("2", "NEEDS_HELP", "I need help"));

    /** For people whose site has an alternate site: they may answer that they went there. */
    public static final List<ReplyOption> ROLL_CALL_WITH_ALTERNATE_SITE = List.of(
            ROLL_CALL_OPTIONS.get(0),
            ROLL_CALL_OPTIONS.get(1),
            new ReplyOption("3", "AT_ALTERNATE_SITE", "I am at the alternate site"));

    /** The roll-call answers offered to a person: 3 only when their site has an alternate site. */
    public static List<ReplyOption> rollCall(boolean hasAlternateSite) {
        return hasAlternateSite ? ROLL_CALL_WITH_ALTERNATE_SITE : ROLL_CALL_OPTIONS;
    }

    static List<ReplyOption> rollCallFor(Contact contact) {
        return rollCall(contact.alternate() != null);
    }
}
