package io.muster.incident.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A task as the team creates it; the owner is a person or a role, not both. */
record NewTask(
        @NotBlank @Size(max = 200) String title,
        @Nullable @Size(max = 4000) String description,
        @Nullable UUID ownerPersonId,
        @Nullable @Size(max = 100) String ownerRole,
        @Nullable Instant dueAt) {}
