package io.muster.incident.accountability;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One person of an incident as HR sees them: state, home site and its alternate, the site they
 * report to (AT_ALTERNATE_SITE), and their latest answer. The CSV export has the same rows.
 */
public record PersonRow(
        UUID personId,
        String employeeId,
        String name,
        State state,
        @Nullable UUID siteId,
        @Nullable String site,
        @Nullable UUID alternateSiteId,
        @Nullable String alternateSite,
        @Nullable UUID reportingSiteId,
        @Nullable String reportingSite,
        @Nullable String channel,
        @Nullable Source source,
        @Nullable Instant answeredAt,
        @Nullable Boolean late,
        @Nullable String answeredBy,
        @Nullable String comment,
        @Nullable String location) {}
