package io.muster.incident.accountability;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One answer about a person, as the history keeps it. */
record HistoryEntry(
        State state,
        @Nullable String siteId,
        @Nullable String site,
        @Nullable String location,
        String channel,
        Source source,
        String by,
        @Nullable String comment,
        @Nullable String rawAnswer,
        boolean late,
        Instant answeredAt,
        Instant recordedAt) {}
