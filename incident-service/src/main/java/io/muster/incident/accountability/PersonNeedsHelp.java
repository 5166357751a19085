package io.muster.incident.accountability;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Published in process, synchronously, while the NEEDS_HELP answer's transaction is open: a
 * listener that writes (the task feature) writes in that same transaction.
 */
public record PersonNeedsHelp(
        UUID incidentId,
        UUID personId,
        String channel,
        @Nullable String location,
        @Nullable String comment,
        Instant at) {}
