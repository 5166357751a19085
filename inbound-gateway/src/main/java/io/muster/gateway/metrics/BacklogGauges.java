package io.muster.gateway.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.muster.metrics.DatabaseGauges;
import io.muster.metrics.ScrapeSettings;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * What waits in the gateway's tables: events accepted from the provider and not yet on Kafka (the
 * outbox), and answers held until their request is known. Both drain within seconds normally.
 */
@Configuration(proxyBeanMethods = false)
class BacklogGauges {

    private static final String SAMPLE =
            """
            select (select count(*) from outbox) as outbox_pending,
                   (select coalesce(extract(epoch from now() - min(created_at)), 0) from outbox) as outbox_lag,
                   (select count(*) from held_replies where resolved_at is null) as held
            """;

    @Bean
    DatabaseGauges gatewayBacklogs(MeterRegistry registry, ScrapeSettings settings, DatabaseClient db) {
        // The sampling thread is its own (a virtual thread), so waiting for the row here blocks no event loop.
        return new DatabaseGauges(registry, settings, "inbound-gateway", figures -> db.sql(SAMPLE)
                .map(row -> figures.put(
                                "muster.outbox.pending",
                                "Outbox rows not yet published to Kafka",
                                Tags.empty(),
                                number(row.get("outbox_pending")))
                        .put(
                                "muster.outbox.lag",
                                "Age of the oldest outbox row not yet published",
                                "seconds",
                                Tags.empty(),
                                number(row.get("outbox_lag")))
                        .put(
                                "muster.replies.held",
                                "Answers held until their request is known",
                                Tags.empty(),
                                number(row.get("held"))))
                .first()
                .block(Duration.ofSeconds(10)));
    }

    private static double number(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }
}
