package io.muster.notifier;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the notifier itself.
 *
 * @param callbackBaseUrl externally visible base URL of the inbound gateway; providers post status
 *     callbacks below it, and the gateway checks their signatures over exactly that URL
 * @param publishTimeout how long to wait for the broker to acknowledge an outcome event
 * @param laneConcurrency consumers per lane (normal and life-safety each get this many)
 */
@Validated
@ConfigurationProperties("muster.notifier")
public record NotifierProperties(
        @NotNull URI callbackBaseUrl,
        @DefaultValue("10s") @NotNull Duration publishTimeout,
        @DefaultValue("2") @Min(1) int laneConcurrency) {}
