package io.muster.incident.incident;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** How long a notification's reply options stay valid after the declaration. */
@Validated
@ConfigurationProperties("muster.incidents")
public record IncidentsProperties(@DefaultValue("24h") @NotNull Duration replyWindow) {}
