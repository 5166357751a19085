package io.muster.gateway.token;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The secrets answer tokens are signed with.
 *
 * @param secrets every secret a token may be signed with, each at least 32 characters: the notifier mints with the first, the
 *     gateway accepts any (two while a secret is rotated; from the environment only, never logged)
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
                        secrets) {

    @Override
    public String toString() {
        return "TokensProperties[secrets=<" + secrets.size() + " redacted>]";
    }
}
