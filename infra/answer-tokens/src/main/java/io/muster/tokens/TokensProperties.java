package io.muster.tokens;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The answer-token settings the notifier and the inbound gateway share ({@code muster.tokens}).
 * Each service binds it with {@code @EnableConfigurationProperties(TokensProperties.class)}.
 *
 * @param secrets HMAC secrets (comma-separated), each at least 32 characters: the notifier mints
 *     with the first, the gateway accepts any (two while a secret is rotated). From the environment
 *     only ({@code MUSTER_TOKEN_SECRETS}), never logged
 * @param ttl how long a token the notifier mints stays valid; unset, it is valid until the
 *     request's expiresAt (the gateway does not read it)
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
        return "TokensProperties[secrets=<" + secrets.size() + " redacted>, ttl=" + ttl + "]";
    }
}
