package io.muster.gateway.email;

import jakarta.mail.Session;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The reply mailbox (muster.mail.reply-address) the gateway reads; no host, no polling.
 *
 * @param password from the environment only, never logged
 * @param security {@code IMAPS} (TLS from the first byte, usually port 993), {@code STARTTLS} (upgraded before
 *     logging in, and refused if the server does not offer it: never a silent fall back to cleartext) or
 *     {@code NONE} (cleartext: only on loopback, as the local stack does)
 * @param trustedHosts hosts whose certificate is trusted without any check, neither its chain nor its name (Jakarta
 *     Mail's {@code ssl.trust}, space separated): for a test server only. Unset (always in production), the
 *     server's certificate must chain to the JVM's trust store and name the host
 * @param timeout connecting, reading and writing: a mail server that stops answering never stalls the poller
 * @param quarantineFolder where a mail that cannot be read or handled is moved (created when missing)
 * @param lease how long the instance reading the mailbox holds it (renewed before each mail): with several
 *     instances, how long the mailbox goes unread after its reader was killed
 */
@Validated
@ConfigurationProperties("muster.mail.imap")
public record ImapProperties(
        @Nullable String host,
        @DefaultValue("143") int port,
        @Nullable String username,
        @Nullable String password,
        @NotBlank @DefaultValue("INBOX") String folder,
        @DefaultValue("2s") Duration pollInterval,
        @NotNull @DefaultValue("NONE") Security security,
        @Nullable String trustedHosts,
        @DefaultValue("30s") Duration timeout,
        @NotBlank @DefaultValue("Quarantine") String quarantineFolder,
        @NotNull @DefaultValue("30s") Duration lease) {

    /** How the connection to the mail server is protected. */
    public enum Security {
        NONE,
        STARTTLS,
        IMAPS
    }

    /** The lease of this mailbox (one per account and folder, so gateways reading other mailboxes never wait). */
    String leaseName() {
        return "imap:" + username + "@" + host + ":" + port + "/" + folder;
    }

    String protocol() {
        return security == Security.IMAPS ? "imaps" : "imap";
    }

    /** The Jakarta Mail session: protocol, TLS (never falling back to cleartext) and timeouts. */
    Session session() {
        String prefix = "mail." + protocol() + ".";
        String millis = String.valueOf(timeout.toMillis());
        Properties properties = new Properties();
        properties.setProperty(prefix + "connectiontimeout", millis);
        properties.setProperty(prefix + "timeout", millis);
        properties.setProperty(prefix + "writetimeout", millis);
        if (security == Security.STARTTLS) {
            properties.setProperty(prefix + "starttls.enable", "true");
            properties.setProperty(prefix + "starttls.required", "true");
        }
        if (security != Security.NONE) {
            boolean trusted = trustedHosts != null && !trustedHosts.isBlank();
            properties.setProperty(prefix + "ssl.checkserveridentity", String.valueOf(!trusted));
            if (trusted) {
                properties.setProperty(prefix + "ssl.trust", trustedHosts);
            }
        }
        return Session.getInstance(properties);
    }

    boolean enabled() {
        return host != null && !host.isBlank();
    }

    @Override
    public String toString() {
        return "ImapProperties[host=" + host + ", port=" + port + ", username=" + username + ", folder=" + folder
                + ", pollInterval=" + pollInterval + ", security=" + security + ", password=<redacted>]";
    }
}
