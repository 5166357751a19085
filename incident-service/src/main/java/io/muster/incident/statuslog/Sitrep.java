package io.muster.incident.statuslog;

import java.time.Instant;
import java.util.UUID;

/** A situation report: what the conditions are, what is being done, what is needed. */
record Sitrep(
        UUID id, UUID incidentId, String conditions, String actions, String needs, String postedBy, Instant postedAt) {}
