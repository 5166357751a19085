package io.muster.incident.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.muster.metrics.DatabaseGauges;
import io.muster.metrics.ScrapeSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What is waiting in the incident-service's tables: events not yet on Kafka (the outbox) and
 * escalation steps past their time. Both should stay near zero; growth means the relay or the
 * engine is stuck, and people are not being reached (docs/operations.md, alert rules in deploy/).
 */
@Configuration(proxyBeanMethods = false)
class BacklogGauges {

    private static final String SAMPLE =
            """
            SELECT (SELECT count(*) FROM outbox WHERE published_at IS NULL) AS outbox_pending,
                   (SELECT coalesce(extract(epoch FROM now() - min(created_at)), 0)
                      FROM outbox WHERE published_at IS NULL) AS outbox_lag,
                   (SELECT count(*) FROM escalation_timers
                     WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at < now()) AS overdue,
                   (SELECT coalesce(extract(epoch FROM now() - min(due_at)), 0) FROM escalation_timers
                     WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at < now()) AS escalation_lag
            """;

    @Bean
    DatabaseGauges incidentBacklogs(MeterRegistry registry, ScrapeSettings settings, JdbcClient jdbc) {
        return new DatabaseGauges(registry, settings, "incident-service", figures -> jdbc.sql(SAMPLE)
                .query((RowCallbackHandler) rs -> {
                    figures.put(
                                    "muster.outbox.pending",
                                    "Outbox rows not yet published to Kafka",
                                    Tags.empty(),
                                    rs.getLong("outbox_pending"))
                            .put(
                                    "muster.outbox.lag",
                                    "Age of the oldest outbox row not yet published",
                                    "seconds",
                                    Tags.empty(),
                                    rs.getDouble("outbox_lag"))
                            .put(
                                    "muster.escalation.overdue",
                                    "Escalation timers past their due time and not fired",
                                    Tags.empty(),
                                    rs.getLong("overdue"))
                            .put(
                                    "muster.escalation.lag",
                                    "How late the most overdue escalation timer is",
                                    "seconds",
                                    Tags.empty(),
                                    rs.getDouble("escalation_lag"));
                }));
    }
}
