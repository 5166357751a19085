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

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "musterTestServers", TestServers.shared().springProperties()));
    }
}
