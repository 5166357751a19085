package io.muster.incident.accountability;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How an incident's people stand: counts by state, by home site (with counts by state), and where
 * the people at an alternate site report.
 */
record Summary(
        UUID incidentId, long total, Map<State, Long> byState, List<SiteCounts> bySite, List<Reporting> reportingAt) {

    record SiteCounts(@Nullable UUID siteId, @Nullable String site, long total, Map<State, Long> byState) {}

    record Reporting(@Nullable UUID siteId, @Nullable String site, long count) {}
}
