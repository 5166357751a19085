package io.muster.incident.callout;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/incidents/{id}/callouts}: how many people are needed, with which roles,
 * where and when the yes-sayers report, an optional word from the commander, and the request key that
 * makes a retry harmless.
 */
record StartCallout(
        @NotNull @Min(1) @Max(10_000) Integer needed,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> roles,
        @NotNull @Valid ReportTo reportTo,
        @Nullable @Size(max = 500) String message,
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "letters, digits and . _ : - only")
                String requestKey) {

    /** Where and when the people who come report. */
    record ReportTo(@NotBlank @Size(max = 200) String place, @NotNull Instant time) {}
}
