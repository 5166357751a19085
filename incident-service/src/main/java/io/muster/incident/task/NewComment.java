package io.muster.incident.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A comment on a task. */
record NewComment(@NotBlank @Size(max = 4000) String body) {}
