package io.muster.incident.me;

import io.muster.incident.escalation.NotificationRequested;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One open request to the caller: what the incident says, how to answer, and their answer so far. */
record MyRequest(
        UUID notificationId,
        UUID incidentId,
        String title,
        String message,
        boolean exercise,
        Instant declaredAt,
        String replyCode,
        List<NotificationRequested.ReplyOption> options,
        String state,
        @Nullable Instant answeredAt,
        @Nullable String alternateSite) {}
