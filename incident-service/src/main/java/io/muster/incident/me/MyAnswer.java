package io.muster.incident.me;

import io.muster.incident.accountability.State;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The caller's own answer to one of their requests. */
record MyAnswer(
        @NotNull State answer,
        @Nullable @Size(max = 200) String location,
        @Nullable @Size(max = 1000) String comment) {}
