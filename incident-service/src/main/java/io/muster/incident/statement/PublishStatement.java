package io.muster.incident.statement;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * Publishes exactly {@code version} (which must be the latest). {@code cancel} makes it a CAP
 * Cancel of the earlier statements; {@code publishExercise} lets an exercise's statement reach the
 * public page, feed and subscribers (otherwise it stays internal).
 */
record PublishStatement(
        @NotNull @Min(1) Integer version, @Nullable Boolean cancel, @Nullable Boolean publishExercise) {}
