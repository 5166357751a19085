package io.muster.notifier.token;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Answer-token settings shared with the inbound gateway.
 *
 * @param secrets HMAC secrets (comma-separated), each at least 32 characters; the first signs, the gateway accepts any (rotation).
 *     Secret: from the environment ({@code MUSTER_TOKEN_SECRETS}), never logged
 * @param ttl how long a token stays valid; unset, it is valid until the request's expiresAt
 */
@Validated
@ConfigurationProperties("muster.tokens")
public record TokensProperties(
        @NotEmpty
                List<
                                @NotBlank
                                @Size(
                                        min = 32,
                                        message = "must be at least 32 characters: a random secret, never a word")
                                String>
                        secrets,
        @Nullable Duration ttl) {

    @Override
    public String toString() {
        return "TokensProperties[secrets=" + secrets.size() + " configured, ttl=" + ttl + "]";
    }
}
