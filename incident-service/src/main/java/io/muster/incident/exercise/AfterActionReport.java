package io.muster.incident.exercise;

import io.muster.incident.progress.Curve;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an incident's response achieved, for the review after it (durations in seconds from the
 * declaration, or from a level's start; null when the mark was never reached).
 *
 * @param timeToReach seconds until 50, 90 and 100 % of the targeted people were reached (a delivery,
 *     an email handed to the mail server, or an answer)
 * @param timeToAnswer seconds until 50, 90 and 100 % of them had answered
 * @param scenario the scenario and version it was launched from; null when declared by hand
 * @param curve reached and answered over time, as the live view draws it
 */
record AfterActionReport(
        UUID incidentId,
        String title,
        boolean exercise,
        String incidentType,
        Instant declaredAt,
        Instant closedAt,
        double durationSeconds,
        int targeted,
        int reached,
        int answered,
        Map<String, @Nullable Double> timeToReach,
        Map<String, @Nullable Double> timeToAnswer,
        List<ChannelFigures> channels,
        List<PersonRef> unreachable,
        List<InvalidContact> invalidContacts,
        List<LevelFigures> levels,
        Rto rto,
        @Nullable Scenario scenario,
        Curve curve) {

    /** The prepared scenario the incident was launched from (a drill when it was an exercise launch). */
    record Scenario(UUID id, int version, String name) {}

    /** Per channel: people tried on it, reached on it, failed on it and who answered on it. */
    record ChannelFigures(
            String channel, int attempted, int delivered, int failed, int answered, @Nullable Double answerRate) {}

    record PersonRef(UUID personId, String employeeId, String name) {}

    /** A permanent failure of an address (invalid number, bounced mail, opted out). */
    record InvalidContact(UUID personId, String employeeId, String channel, @Nullable String reason) {}

    /** One escalation level (0: notified directly or by roll call). */
    record LevelFigures(
            int level,
            int people,
            @Nullable Double startedAfterSeconds,
            int answered,
            @Nullable Double firstAnswerAfterSeconds,
            @Nullable Double lastAnswerAfterSeconds) {}

    /** The incident type's recovery time objective against the time to close; null when it has none. */
    record Rto(@Nullable Double rtoSeconds, double elapsedSeconds, @Nullable Boolean met) {}
}
