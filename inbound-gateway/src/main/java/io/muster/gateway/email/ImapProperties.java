package io.muster.gateway.email;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The reply mailbox (muster.mail.reply-address) the gateway reads; no host, no polling.
 *
 * @param password from the environment only, never logged
 */
@Validated
@ConfigurationProperties("muster.mail.imap")
public record ImapProperties(
        @Nullable String host,
        @DefaultValue("143") int port,
        @Nullable String username,
        @Nullable String password,
        @NotBlank @DefaultValue("INBOX") String folder,
        @DefaultValue("2s") Duration pollInterval) {

    boolean enabled() {
        return host != null && !host.isBlank();
    }

    @Override
    public String toString() {
        return "ImapProperties[host=" + host + ", port=" + port + ", username=" + username + ", folder=" + folder
                + ", pollInterval=" + pollInterval + ", password=<redacted>]";
    }
}
