package io.muster.incident.hotline;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where hotline recordings may be fetched from (only URLs under {@code recordingBaseUrl}: the
 * service never fetches an address an event names elsewhere) and the provider's credentials for
 * them (Twilio: account SID and auth token; from the environment, never logged).
 */
@Validated
@ConfigurationProperties("muster.hotline")
record HotlineProperties(
        @DefaultValue("http://127.0.0.1:8090/2010-04-01/Accounts/") @NotNull URI recordingBaseUrl,
        @Nullable String username,
        @Nullable String password,
        @DefaultValue("30s") @NotNull Duration fetchTimeout) {}
