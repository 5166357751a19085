package io.muster.gateway.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The shipped settings hold no secret at all. (That answer-token secrets are long random strings is
 * checked once, beside {@code io.muster.tokens.TokensProperties}.)
 */
class SecretSettingsTests {

    @Test
    void noSecretHasADefault() throws IOException {
        var settings = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"));
        assertThat(settings.stream()
                        .map(source -> ((PropertySource<?>) source).getProperty("muster.tokens.secrets"))
                        .map(String::valueOf))
                .contains("${MUSTER_TOKEN_SECRETS:}");
        assertThat(settings.stream()
                        .map(source -> ((PropertySource<?>) source).getProperty("spring.r2dbc.password"))
                        .map(String::valueOf))
                .contains("${MUSTER_DB_PASSWORD}");
    }
}
