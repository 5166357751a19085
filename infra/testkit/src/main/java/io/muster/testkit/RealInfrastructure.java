package io.muster.testkit;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring context at the real servers of this test JVM before auto-configuration runs
 * (a {@code DynamicPropertyRegistrar} would be too late for R2DBC). Use with
 * {@code @ContextConfiguration(initializers = RealInfrastructure.class)}.
 */
public final class RealInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The token the tests scrape {@code /actuator/prometheus} with (every service serves it then). */
    public static final String METRICS_SCRAPE_TOKEN = "test-metrics-scrape-token-of-32-characters";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var sources = context.getEnvironment().getPropertySources();
        sources.addFirst(
                new MapPropertySource("musterTestServers", TestServers.shared().springProperties()));
        // What the services' application.yml reads its tokens from; last, so a test's own setting wins.
        sources.addLast(new MapPropertySource(
                "musterTestMetrics", java.util.Map.of("MUSTER_METRICS_SCRAPE_TOKENS", METRICS_SCRAPE_TOKEN)));
    }
}
