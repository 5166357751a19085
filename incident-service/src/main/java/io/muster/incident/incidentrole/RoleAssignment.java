package io.muster.incident.incidentrole;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Who held an incident role from when to when ({@code endedAt} null: still holds it), and who assigned it. */
record RoleAssignment(
        IncidentRole role,
        String username,
        String assignedBy,
        Instant assignedAt,
        @Nullable Instant endedAt,
        @Nullable String endedBy) {}
