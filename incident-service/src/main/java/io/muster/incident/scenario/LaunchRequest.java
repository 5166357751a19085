package io.muster.incident.scenario;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A launch (and a preview of one): the version (default: the newest approved one), the sites (default:
 * the scenario's), the {@code {time}} and {@code {date}} to write (default: now), whether it is an
 * exercise (a drill), and, for a life-safety scenario, the confirmation the console asks for.
 */
record LaunchRequest(
        @Nullable @Min(1) Integer version,
        @Nullable @Size(max = 100) List<@NotNull UUID> siteIds,
        @Nullable @Size(max = 40) String time,
        @Nullable @Size(max = 40) String date,
        @Nullable Boolean exercise,
        @Nullable Boolean confirmLifeSafety) {

    boolean isExercise() {
        return Boolean.TRUE.equals(exercise);
    }

    boolean lifeSafetyConfirmed() {
        return Boolean.TRUE.equals(confirmLifeSafety);
    }
}
