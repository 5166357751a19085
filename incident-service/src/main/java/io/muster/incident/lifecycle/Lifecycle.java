package io.muster.incident.lifecycle;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An incident's phase, type and recovery time objective as the API shows them. {@code elapsed}
 * runs until the incident closes; {@code rtoMet} is recorded when it closes. {@code
 * declaredToLastCorrection} is how long after the declaration the last correction (or cancellation)
 * of the alert was sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Lifecycle(
        Phase state,
        String incidentType,
        @Nullable String rto,
        String elapsed,
        @Nullable Instant rtoDueAt,
        @Nullable Boolean rtoBreached,
        @Nullable Boolean rtoMet,
        @Nullable Instant closedAt,
        @Nullable String sitrepEvery,
        @Nullable Instant lastCorrectionSentAt,
        @Nullable String declaredToLastCorrection) {

    /** The lifecycle columns as stored, and when the last correction of the alert was sent (docs/corrections.md). */
    record Stored(
            Phase phase,
            String incidentType,
            @Nullable Duration rto,
            @Nullable Instant closedAt,
            @Nullable Boolean rtoMet,
            @Nullable Duration sitrepEvery,
            @Nullable Instant lastCorrectionSentAt) {

        static Stored declared(String incidentType, @Nullable Duration rto) {
            return new Stored(Phase.DECLARED, incidentType, rto, null, null, null, null);
        }
    }

    static Lifecycle of(Stored stored, Instant declaredAt, Instant now) {
        Instant until = stored.closedAt() == null ? now : stored.closedAt();
        Duration elapsed = Duration.between(declaredAt, until);
        Duration rto = stored.rto();
        Instant due = rto == null ? null : declaredAt.plus(rto);
        return new Lifecycle(
                stored.phase(),
                stored.incidentType(),
                rto == null ? null : rto.toString(),
                (elapsed.isNegative() ? Duration.ZERO : elapsed).toString(),
                due,
                due == null ? null : until.isAfter(due),
                stored.rtoMet(),
                stored.closedAt(),
                stored.sitrepEvery() == null ? null : stored.sitrepEvery().toString(),
                stored.lastCorrectionSentAt(),
                stored.lastCorrectionSentAt() == null
                        ? null
                        : Duration.between(declaredAt, stored.lastCorrectionSentAt())
                                .toString());
    }
}
