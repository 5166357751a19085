package io.muster.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * Answer-token secrets are long random strings, in the notifier and the gateway alike (both bind
 * {@link TokensProperties}); each service's own settings test checks its file holds none.
 */
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
    void noAnswerTokenSecretFailsTheStart() {
        context.run(started -> assertThat(started).hasFailed());
    }

    @Test
    void longAnswerTokenSecretsStartAndAreNeverPrinted() {
        context.withPropertyValues("muster.tokens.secrets=" + "k".repeat(32) + "," + "o".repeat(40))
                .run(started -> {
                    assertThat(started).hasNotFailed();
                    var properties = started.getBean(TokensProperties.class);
                    assertThat(properties.secrets()).hasSize(2);
                    assertThat(properties.toString()).doesNotContain("kkkk").doesNotContain("oooo");
                });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(TokensProperties.class)
    static class Bound {}
}
