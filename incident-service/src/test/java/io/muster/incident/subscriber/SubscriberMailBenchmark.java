package io.muster.incident.subscriber;

import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.statement.StatementScenario;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not part of verify: how long publishing a statement takes with many confirmed subscribers (their
 * mail rows are written in the publishing transaction), and how fast the queue drains to SMTP.
 */
@IncidentServiceIntegrationTest
class SubscriberMailBenchmark {

    private static final int SUBSCRIBERS = 2_000;

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void publishingToTwoThousandSubscribers() throws InterruptedException {
        jdbc.sql("INSERT INTO subscribers (id, email, status, requested_at, confirmed_at)"
                        + " SELECT gen_random_uuid(), 'bench-' || gen_random_uuid() || '@test.muster.local', 'CONFIRMED', now(), now()"
                        + " FROM generate_series(1, ?)")
                .param(SUBSCRIBERS)
                .update();
        var scenario = new StatementScenario(
                http.mutate().responseTimeout(Duration.ofMinutes(1)).build(), db, json, passwords);
        long start = System.nanoTime();
        UUID statementId = scenario.publishedStatement(false, false, "Benchmark " + UUID.randomUUID());
        long published = System.nanoTime();
        long total = jdbc.sql("SELECT count(*) FROM subscriber_deliveries WHERE statement_id = ?")
                .param(statementId)
                .query(Long.class)
                .single();
        while (unsent(statementId) > 0
                && System.nanoTime() - published < Duration.ofMinutes(10).toNanos()) {
            Thread.sleep(100); // polling a benchmark's progress, not synchronising a test
        }
        long drained = System.nanoTime();
        System.out.printf(
                "%n%d subscriber mails: publish (incl. declare, designate, draft) %d ms; queue drained in %d ms = %.0f mails/s%n",
                total,
                (published - start) / 1_000_000,
                (drained - published) / 1_000_000,
                total * 1e9 / (drained - published));
    }

    private long unsent(UUID statementId) {
        return jdbc.sql("SELECT count(*) FROM subscriber_deliveries WHERE statement_id = ? AND status = 'PENDING'")
                .param(statementId)
                .query(Long.class)
                .single();
    }
}
