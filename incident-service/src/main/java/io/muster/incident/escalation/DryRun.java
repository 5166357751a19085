package io.muster.incident.escalation;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A dry-run request, and its answer: who would be notified when, on which channel, if nobody answers. */
record DryRun(@Nullable List<@NotNull UUID> affectedSiteIds, @Nullable String priority, @Nullable Instant at) {

    record Entry(
            long minute,
            Instant at,
            int level,
            UUID personId,
            String employeeId,
            String name,
            String channel,
            String purpose,
            @Nullable UUID deputyFor) {}
}
