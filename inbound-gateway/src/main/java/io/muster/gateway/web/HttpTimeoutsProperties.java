package io.muster.gateway.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the gateway's HTTP server waits for a slow client ({@code muster.gateway.http}). Twilio sends a
 * webhook at once and waits 15 s for the answer, so these are generous for every honest client.
 *
 * @param readTimeout the longest pause between two reads of one request's body
 * @param requestTimeout the longest a whole request may take to arrive
 */
@ConfigurationProperties("muster.gateway.http")
record HttpTimeoutsProperties(
        @DefaultValue("10s") Duration readTimeout, @DefaultValue("20s") Duration requestTimeout) {}
