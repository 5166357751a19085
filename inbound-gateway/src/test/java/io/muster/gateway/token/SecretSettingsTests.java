package io.muster.gateway.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** Answer-token secrets are long random strings, and the shipped settings hold no secret at all. */
class SecretSettingsTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void aShortAnswerTokenSecretFailsTheStart() {
        context.withPropertyValues("muster.tokens.secrets=" + "k".repeat(32) + ",changeme")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("at least 32 characters"));
    }

    @Test
    void longAnswerTokenSecretsStart() {
        context.withPropertyValues("muster.tokens.secrets=" + "k".repeat(32) + "," + "o".repeat(40))
                .run(started -> assertThat(started).hasNotFailed());
    }

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

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(TokensProperties.class)
    static class Bound {}
}
