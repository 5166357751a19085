package io.muster.incident.lifecycle;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PATCH /api/incidents/{id}}: any of phase, severity, type and sitrep cadence,
 * and why. {@code sitrepEvery} "PT0S" stops the sitrep reminders.
 */
record ChangeIncident(
        @Nullable Phase phase,
        @Nullable Severity severity,
        @Nullable @Pattern(regexp = "^[A-Z][A-Z0-9_]{0,39}$") String incidentType,
        @Nullable Duration sitrepEvery,
        @NotBlank @Size(max = 1000) String comment) {

    boolean changesNothing() {
        return phase == null && severity == null && incidentType == null && sitrepEvery == null;
    }
}
