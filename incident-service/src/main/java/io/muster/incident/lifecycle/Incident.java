package io.muster.incident.lifecycle;

import java.time.Instant;
import java.util.UUID;

/** A declared incident as it is stored. */
record Incident(
        UUID id,
        String title,
        String message,
        Severity severity,
        Priority priority,
        boolean exercise,
        String status,
        String declaredBy,
        Instant declaredAt) {

    static final String OPEN = "OPEN";
}
