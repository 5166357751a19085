package io.muster.incident.security;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Console sessions: how long a session token works after the password was traded for it.
 *
 * @param ttl a session's whole life; signing out or a change to the login ends it earlier
 */
@Validated
@ConfigurationProperties("muster.security.sessions")
record SessionProperties(@DefaultValue("12h") @NotNull Duration ttl) {}
