package io.muster.incident.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** Without a subscriber secret of 32 characters or more the service does not start (no random fallback). */
class SubscriberSecretTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void aMissingSecretFailsTheStart() {
        context.run(started -> assertThat(started)
                .hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("muster.subscribers.secret"));
    }

    @Test
    void aShortSecretFailsTheStart() {
        context.withPropertyValues("muster.subscribers.secret=only-31-characters-long-secret")
                .run(started -> assertThat(started).hasFailed());
    }

    @Test
    void aLongSecretStarts() {
        context.withPropertyValues("muster.subscribers.secret=" + "k".repeat(32))
                .run(started -> assertThat(started).hasNotFailed());
    }

    @Test
    void previousSecretsAreOptionalButLongWhenGiven() {
        String secret = "muster.subscribers.secret=" + "k".repeat(32);
        context.withPropertyValues(secret, "muster.subscribers.previous-secrets=")
                .run(started -> assertThat(started).hasNotFailed());
        context.withPropertyValues(secret, "muster.subscribers.previous-secrets=" + "o".repeat(32) + ",changeme")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("previousSecrets"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SubscriberProperties.class)
    static class Bound {}
}
