package io.muster.incident.accountability;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An operator's update of a person's state, with the comment that says how they know. */
record SetOnBehalf(@NotNull State state, @Nullable UUID siteId, @NotBlank @Size(max = 1000) String comment) {}
