package io.muster.gateway.hotline;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Launching a prepared scenario from the hotline (docs/hotline.md, "Launch a scenario"): the incident-service that
 * lists and launches them, and the service token it accepts. Either unset: the option is not offered.
 *
 * @param baseUrl the incident-service, e.g. {@code http://incident-service:8080}
 * @param serviceToken one of the incident-service's {@code muster.scenarios.hotline-tokens}
 * @param timeout the longest a call waits for the incident-service (connect and answer); then "not available"
 * @param menuCache how long a read list of approved scenarios is reused before it is read again
 */
@ConfigurationProperties("muster.hotline.scenarios")
record ScenarioLaunchProperties(
        @Nullable String baseUrl,
        @Nullable String serviceToken,
        @DefaultValue("3s") Duration timeout,
        @DefaultValue("30s") Duration menuCache) {

    boolean enabled() {
        return baseUrl != null && !baseUrl.isBlank() && serviceToken != null && !serviceToken.isBlank();
    }
}
