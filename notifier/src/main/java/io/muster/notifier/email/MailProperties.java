package io.muster.notifier.email;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Alert emails; the primary SMTP server itself is configured under spring.mail.
 *
 * @param domain right-hand side of our Message-IDs ({@code <token.attempt@domain>})
 * @param replyAddress the one mailbox the gateway reads answers from over IMAP
 * @param secondary optional second SMTP relay, used while the primary's circuit is open
 */
@Validated
@ConfigurationProperties("muster.mail")
record MailProperties(
        @DefaultValue("alerts@muster.local") @NotBlank @Email String from,
        @DefaultValue("muster.local") @NotBlank String domain,
        @DefaultValue("replies@muster.local") @NotBlank @Email String replyAddress,
        @Valid @Nullable Secondary secondary) {

    /** A second SMTP relay. */
    record Secondary(@NotBlank String host, int port, @Nullable String username, @Nullable String password) {

        @Override
        public String toString() {
            return "Secondary[host=" + host + ", port=" + port + ", username=" + username + ", password=****]";
        }
    }
}
