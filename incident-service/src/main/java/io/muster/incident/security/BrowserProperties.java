package io.muster.incident.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Browsers: requests that change something are accepted from the service's own origin and from
 * these (e.g. {@code https://muster.example.org} when a proxy in front does not pass
 * {@code X-Forwarded-Proto}/{@code Host}); from anywhere else they are refused.
 */
@Validated
@ConfigurationProperties("muster.security.browser")
record BrowserProperties(@DefaultValue List<String> allowedOrigins) {}
