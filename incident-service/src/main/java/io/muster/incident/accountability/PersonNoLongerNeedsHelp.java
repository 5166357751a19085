package io.muster.incident.accountability;

import java.time.Instant;
import java.util.UUID;

/**
 * A person who needed help now answers otherwise (SAFE, say): their state was NEEDS_HELP and this
 * answer replaced it.
 * Published in process, synchronously, while the answer's transaction is open, like {@link
 * PersonNeedsHelp}; whoever is helping them may want to know.
 */
public record PersonNoLongerNeedsHelp(UUID incidentId, UUID personId, State state, String channel, Instant at) {}
