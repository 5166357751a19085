package io.muster.incident.me;

import io.muster.incident.escalation.NotificationRequested;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One of the caller's incidents, as their "My alerts" card shows it: what it says and whether it is
 * an exercise, whether it is still open (closed ones stay for as long as their reply code is kept),
 * how to answer while it is open, what they answered and when, and where they report.
 *
 * @param alternateSite where they report if their home site cannot be used (null when it has no
 *     alternate); {@code siteAffected} says whether this incident affects their home site
 * @param reportingSite the site their latest answer says they are at (AT_ALTERNATE_SITE)
 */
record MyRequest(
        UUID notificationId,
        UUID incidentId,
        String title,
        String message,
        boolean exercise,
        Instant declaredAt,
        @Nullable Instant sentAt,
        String status,
        @Nullable Instant closedAt,
        String replyCode,
        List<NotificationRequested.ReplyOption> options,
        String state,
        @Nullable Instant answeredAt,
        @Nullable String answerChannel,
        boolean late,
        NotificationRequested.@Nullable AlternateSite alternateSite,
        boolean siteAffected,
        @Nullable String reportingSite) {}
