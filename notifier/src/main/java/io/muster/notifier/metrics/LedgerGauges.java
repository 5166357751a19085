package io.muster.notifier.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.muster.metrics.DatabaseGauges;
import io.muster.metrics.ScrapeSettings;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Provider calls whose fate is not settled yet (PENDING: called or about to be; AMBIGUOUS: the
 * provider may or may not have it), per channel. A backlog that grows or ages means sends are
 * stuck or waiting for reconciliation.
 */
@Configuration(proxyBeanMethods = false)
class LedgerGauges {

    private static final List<String> CHANNELS = List.of("SMS", "VOICE", "EMAIL");
    private static final List<String> STATUSES = List.of("PENDING", "AMBIGUOUS");
    private static final String UNSETTLED = "muster.delivery.unsettled";
    private static final String UNSETTLED_TEXT = "Provider calls not yet settled";
    private static final String AGE = "muster.delivery.unsettled.age";
    private static final String AGE_TEXT = "Age of the oldest unsettled provider call";

    private static final String SAMPLE =
            """
            select channel, status, count(*) as attempts, extract(epoch from now() - min(updated_at)) as oldest
              from delivery_attempts
             where status in ('PENDING', 'AMBIGUOUS')
             group by channel, status
            """;

    @Bean
    DatabaseGauges ledgerBacklog(MeterRegistry registry, ScrapeSettings settings, JdbcClient jdbc) {
        return new DatabaseGauges(registry, settings, "notifier", figures -> {
            // Every channel and status reads 0 when none is unsettled, so the series exist from the start.
            for (String channel : CHANNELS) {
                for (String status : STATUSES) {
                    Tags tags = Tags.of("channel", channel, "status", status);
                    figures.put(UNSETTLED, UNSETTLED_TEXT, tags, 0).put(AGE, AGE_TEXT, "seconds", tags, 0);
                }
            }
            jdbc.sql(SAMPLE).query(rs -> {
                Tags tags = Tags.of("channel", rs.getString("channel"), "status", rs.getString("status"));
                figures.put(UNSETTLED, UNSETTLED_TEXT, tags, rs.getLong("attempts"))
                        .put(AGE, AGE_TEXT, "seconds", tags, rs.getDouble("oldest"));
            });
        });
    }
}
