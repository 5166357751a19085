package io.muster.incident.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** The shipped settings hold no secret: each must come from the environment, or the service does not start. */
class InsecureDefaultsTests {

    @Test
    void theDatabasePasswordHasNoDefault() throws IOException {
        assertThat(setting("spring.datasource.password")).isEqualTo("${MUSTER_DB_PASSWORD}");
        assertThat(setting("spring.flyway.password")).isEqualTo("${spring.datasource.password}");
    }

    @Test
    void theSubscriberSecretHasNoDefault() throws IOException {
        assertThat(setting("muster.subscribers.secret")).isEqualTo("${MUSTER_SUBSCRIBERS_SECRET:}");
    }

    private static Object setting(String name) throws IOException {
        var sources = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"));
        return sources.stream()
                .map(source -> ((PropertySource<?>) source).getProperty(name))
                .filter(java.util.Objects::nonNull)
                .map(Object::toString)
                .findFirst()
                .orElse(null);
    }
}
