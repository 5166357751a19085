package io.muster.incident.document;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The largest document accepted, how many parts an upload may have, and where the bytes live: in
 * PostgreSQL (bytea) unless a directory is configured.
 */
@Validated
@ConfigurationProperties("muster.documents")
record DocumentsProperties(
        @DefaultValue("10MB") @NotNull DataSize maxSize,
        @DefaultValue("10") @Min(1) int maxParts,
        @Nullable Path directory) {}
