package io.muster.gateway.correlation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An indexed request with what the incident topic told us of its incident: when it closed (null while
 * open, or never heard of) and its title. Read in the same select as the request, so the reply path
 * still makes one lookup per batch.
 */
public record KnownRequest(OpenRequest request, @Nullable Instant incidentClosedAt, @Nullable String incidentTitle) {}
