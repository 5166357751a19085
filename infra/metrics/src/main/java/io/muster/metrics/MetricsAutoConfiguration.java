package io.muster.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.micrometer.metrics.autoconfigure.MeterRegistryCustomizer;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Turns the module on in every service that has it on its class path. */
@AutoConfiguration(after = PrometheusMetricsExportAutoConfiguration.class)
@EnableConfigurationProperties(ScrapeSettings.class)
public class MetricsAutoConfiguration {

    /** Every meter says which service it comes from; Prometheus adds the instance. */
    @Bean
    MeterRegistryCustomizer<MeterRegistry> musterApplicationTag(
            @Value("${spring.application.name:muster}") String name) {
        return registry -> registry.config().commonTags("application", name);
    }

    @Bean
    @ConditionalOnBean(PrometheusMeterRegistry.class)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    PrometheusScrape prometheusScrape(PrometheusMeterRegistry registry, ScrapeSettings settings) {
        return new PrometheusScrape(registry, settings);
    }
}
