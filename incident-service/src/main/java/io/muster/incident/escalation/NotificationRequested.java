package io.muster.incident.escalation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Asks the notifier to reach one person (key personId) for one step, on the lane of the incident's
 * priority. {@code purpose}, {@code level}, {@code step} and {@code employeeId} (so a hotline caller
 * can say who they are) are optional additions to v1.
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
        String displayName,
        String locale,
        String priority,
        List<Channel> channels,
        String subject,
        String body,
        String replyCode,
        List<ReplyOption> replyOptions,
        Instant expiresAt,
        @Nullable String purpose,
        @Nullable Integer level,
        @Nullable Integer step) {

    /** A channel to try, in order, with the person's address on it. */
    public record Channel(String channel, String address) {}

    /** An answer the person can give, and the key that gives it. */
    public record ReplyOption(String key, String answer, String label) {}

    static final List<ReplyOption> ROLL_CALL_OPTIONS =
            List.of(new ReplyOption("1", "SAFE", "I am safe"), new ReplyOption("2", "NEEDS_HELP", "I need help"));

    /** For people whose site has an alternate site: they may answer that they went there. */
    static final List<ReplyOption> ROLL_CALL_WITH_ALTERNATE_SITE = List.of(
            ROLL_CALL_OPTIONS.get(0),
            ROLL_CALL_OPTIONS.get(1),
            new ReplyOption("3", "AT_ALTERNATE_SITE", "I am at the alternate site"));

    /** The roll-call answers offered to {@code contact}: 3 only when their site has an alternate site. */
    static List<ReplyOption> rollCallFor(Contact contact) {
        return contact.alternateInstruction() == null ? ROLL_CALL_OPTIONS : ROLL_CALL_WITH_ALTERNATE_SITE;
    }
}
