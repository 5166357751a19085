package io.muster.incident.calltree;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;

/** The body that creates or replaces a call tree. */
record CallTreeForm(
        @NotBlank @Size(max = 120) String name,
        @NotNull Duration stepTimeout,
        @NotEmpty List<@Valid @NotNull Level> levels) {}
