package io.muster.incident.statuslog;

import java.time.Instant;
import java.util.UUID;

/** One entry of the internal status log. */
record StatusUpdate(UUID id, UUID incidentId, String text, String postedBy, Instant postedAt) {}
