package io.muster.gateway.twilio;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Twilio credentials the gateway checks webhooks against.
 *
 * @param authTokens every auth token a webhook may be signed with: one normally, the old and the new
 *     one while a token is rotated (secrets: from the environment only, never logged)
 * @param trustForwardedHeaders behind a proxy that sets X-Forwarded-Proto/Host/Port (and Prefix):
 *     also accept a signature over the URL those headers describe, besides the public base URL.
 *     Off by default: only a proxy we run may set them.
 */
@Validated
@ConfigurationProperties("muster.twilio")
public record TwilioProperties(
        @NotEmpty List<@NotBlank String> authTokens, @DefaultValue("false") boolean trustForwardedHeaders) {

    @Override
    public String toString() {
        return "TwilioProperties[authTokens=<" + authTokens.size() + " redacted>, trustForwardedHeaders="
                + trustForwardedHeaders + "]";
    }
}
