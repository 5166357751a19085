package io.muster.incident.web;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long the HTTP server waits for a slow client before it closes the connection.
 *
 * @param idle for a request to begin, and for a begun request's headers to end
 * @param read between two reads of a request's body
 * @param request for a whole request, headers and body (a 10 MB upload on a slow line included)
 */
@Validated
@ConfigurationProperties("muster.http.timeouts")
record HttpTimeoutsProperties(
        @DefaultValue("30s") @NotNull Duration idle,
        @DefaultValue("30s") @NotNull Duration read,
        @DefaultValue("5m") @NotNull Duration request) {}
