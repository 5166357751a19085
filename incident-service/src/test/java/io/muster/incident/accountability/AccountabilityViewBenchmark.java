package io.muster.incident.accountability;

import io.muster.incident.Fixtures;
import io.muster.incident.IncidentServiceIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Not part of verify: how long HR's views take for an incident of 10,000 and 100,000 recipients
 * (a third safe, a tenth needing help, the rest silent, a twentieth with every channel failed),
 * and how long reminding the silent ones takes until the reminders are durable.
 */
@IncidentServiceIntegrationTest
class AccountabilityViewBenchmark {

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient jdbc;

    @Test
    void hrViewsAndRemindersForTenThousandAndAHundredThousandRecipients() {
        for (int size : List.of(10_000, 100_000)) {
            UUID incident = incidentFor(size);
            WebTestClient hr = as("hr");
            time(size, "summary", () -> get(hr, "/api/incidents/" + incident + "/accountability", "application/json"));
            time(
                    size,
                    "people page (100)",
                    () -> get(
                            hr,
                            "/api/incidents/" + incident + "/accountability/people?state=NO_RESPONSE",
                            "application/json"));
            time(
                    size,
                    "CSV export (all)",
                    () -> get(hr, "/api/incidents/" + incident + "/accountability/people.csv", "text/csv"));
            time(size, "reminders (POST until durable)", () -> as("commander")
                    .post()
                    .uri("/api/incidents/{id}/reminders", incident)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody(String.class)
                    .returnResult()
                    .getResponseBody());
        }
    }

    private static void time(int size, String what, Supplier<String> call) {
        call.get();
        long start = System.nanoTime();
        String body = call.get();
        System.out.printf(
                "ACCOUNTABILITY %,d recipients: %s in %,d ms (%,d bytes)%n",
                size, what, (System.nanoTime() - start) / 1_000_000, body.length());
    }

    private String get(WebTestClient client, String uri, String accept) {
        return client.get()
                .uri(uri)
                .accept(MediaType.parseMediaType(accept))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private WebTestClient as(String user) {
        return http.mutate()
                .responseTimeout(Duration.ofMinutes(5))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(256 * 1024 * 1024))
                .defaultHeaders(h -> h.setBasicAuth(user, IncidentServiceIntegrationTest.PASSWORD))
                .build();
    }

    private UUID incidentFor(int size) {
        String prefix = "AB-" + Fixtures.freshRole().substring(5, 13) + "-";
        UUID incident = UUID.randomUUID();
        jdbc.sql(
                        """
                        INSERT INTO people (id, employee_id, display_name, phone, phones, email, locale)
                        SELECT gen_random_uuid(), ? || g, 'Person ' || g, '+1416' || lpad(g::text, 7, '0'),
                               ARRAY['+1416' || lpad(g::text, 7, '0')], 'q' || g || '@example.org', 'en'
                        FROM generate_series(1, ?) g
                        """)
                .param(prefix)
                .param(size)
                .update();
        jdbc.sql(
                        """
                        INSERT INTO incidents (id, title, message, severity, priority, exercise, status, declared_by, declared_at)
                        VALUES (?, 'Benchmark', 'Are you safe?', 'HIGH', 'NORMAL', true, 'OPEN', 'benchmark', now())
                        """)
                .param(incident)
                .update();
        jdbc.sql(
                        """
                        INSERT INTO recipients (incident_id, person_id, notification_id, reply_code, state, notified_at)
                        SELECT ?, p.id, gen_random_uuid(), '10',
                               CASE WHEN g % 3 = 0 THEN 'SAFE' WHEN g % 10 = 1 THEN 'NEEDS_HELP' ELSE 'NO_RESPONSE' END, now()
                        FROM (SELECT id, row_number() OVER () AS g FROM people WHERE employee_id LIKE ?) p
                        """)
                .param(incident)
                .param(prefix + "%")
                .update();
        jdbc.sql(
                        """
                        INSERT INTO recipient_events (event_id, notification_id, kind, channel, occurred_at)
                        SELECT gen_random_uuid(), r.notification_id, k.kind, k.channel, now()
                        FROM (SELECT notification_id, row_number() OVER () AS g FROM recipients WHERE incident_id = ?) r
                        CROSS JOIN LATERAL (VALUES ('SENT', 'SMS'), ('DELIVERED', 'SMS')) k(kind, channel)
                        WHERE r.g % 20 <> 7
                        UNION ALL
                        SELECT gen_random_uuid(), r.notification_id, 'FAILED', c, now()
                        FROM (SELECT notification_id, row_number() OVER () AS g FROM recipients WHERE incident_id = ?) r
                        CROSS JOIN unnest(ARRAY['SMS', 'VOICE', 'EMAIL']) c
                        WHERE r.g % 20 = 7
                        """)
                .param(incident)
                .param(incident)
                .update();
        return incident;
    }
}
