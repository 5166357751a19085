package io.muster.incident.scenario;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param timeZone the zone {@code {time}} and {@code {date}} are written in when a launch does not give them
 * @param hotlineTokens the tokens the inbound gateway's hotline presents ({@code X-Muster-Service-Token}) to
 *     list and launch scenarios for a caller (two while rotating, each at least 32 characters); empty: launch
 *     by phone is off
 */
@Validated
@ConfigurationProperties("muster.scenarios")
record ScenariosProperties(
        @DefaultValue("UTC") @NotNull ZoneId timeZone,
        @DefaultValue({}) List<@NotNull @Size(min = 32) String> hotlineTokens) {}
