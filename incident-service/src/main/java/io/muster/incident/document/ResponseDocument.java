package io.muster.incident.document;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One version of a response document, as listed (the bytes are fetched separately). */
record ResponseDocument(
        UUID id,
        String incidentType,
        String name,
        int version,
        String contentType,
        long size,
        String sha256,
        String uploadedBy,
        Instant uploadedAt,
        String download,
        @JsonIgnore @Nullable String storedPath) {}
