package io.muster.incident.directory;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** How many permanent failures in a row flag an address for HR. */
@Validated
@ConfigurationProperties("muster.contacts")
public record ContactsProperties(@DefaultValue("3") @Min(1) int flagAfterFailures) {}
