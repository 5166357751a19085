package io.muster.gateway.reply;

import io.muster.gateway.correlation.OpenRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published to the replies topic when a reply answers a request (ReplyReceived v1). {@code late}: the
 * request's reply window had passed; {@code attachedBy}: the operator who attached an uncorrelated
 * message by hand (channel OPERATOR), otherwise null.
 */
public record ReplyReceived(
        String type,
        int version,
        UUID eventId,
        Instant occurredAt,
        UUID incidentId,
        boolean exercise,
        UUID notificationId,
        UUID personId,
        String channel,
        String answer,
        String rawAnswer,
        @Nullable String location,
        @Nullable String freeText,
        String providerReference,
        boolean late,
        @Nullable String attachedBy) {

    /**
     * An answer to {@code request}. The event id derives from {@code identity} (what makes this
     * answer unique on its channel), so a replayed webhook can only ever publish the same event.
     */
    public static ReplyReceived of(OpenRequest request, Answer answer, String identity, Instant receivedAt) {
        return of(request, answer, identity, receivedAt, null);
    }

    /** An answer an operator attached by hand: {@code attachedBy} is who did. */
    public static ReplyReceived of(
            OpenRequest request, Answer answer, String identity, Instant receivedAt, @Nullable String attachedBy) {
        return of(request, answer, identity, receivedAt, !request.isOpenAt(receivedAt), attachedBy);
    }

    /**
     * An answer whose lateness was decided with more than the request: its incident had closed, or its
     * question's newest request had expired (docs/reply-model.md).
     */
    public static ReplyReceived of(
            OpenRequest request,
            Answer answer,
            String identity,
            Instant receivedAt,
            boolean late,
            @Nullable String attachedBy) {
        UUID eventId = UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8));
        return new ReplyReceived(
                "ReplyReceived",
                1,
                eventId,
                receivedAt,
                request.incidentId(),
                request.exercise(),
                request.notificationId(),
                request.personId(),
                answer.channel(),
                answer.answer(),
                answer.rawAnswer(),
                answer.location(),
                answer.freeText(),
                answer.providerReference(),
                late,
                attachedBy);
    }

    /** What a person answered, on which channel, and the provider's reference of the message that carried it. */
    public record Answer(
            String channel,
            String answer,
            String rawAnswer,
            @Nullable String location,
            @Nullable String freeText,
            String providerReference) {}
}
