package io.muster.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;

/**
 * N fresh people, each with a phone number of their own and SMS as their only channel, all holding
 * one fresh role, and an incident declared for that role: the simplest declaration that reaches
 * all of them at once. Person i is employee {@code <role>-i} with phone {@code phones().get(i)}.
 */
record BenchmarkIncident(String id, String role, List<String> phones) {

    private static final String COLUMNS =
            "employee_id,name,phone,email,locale,time_zone,site,department,manager_employee_id,"
                    + "deputy_employee_id,roles,channels\n";
    // Valid US area codes: with the exchanges 20..99 below, 800 blocks of 100,000 numbers.
    private static final List<String> AREAS =
            List.of("202", "303", "312", "404", "415", "503", "512", "617", "702", "713");
    private static final AtomicInteger BLOCKS =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(AREAS.size() * 80));

    /** Creates the role and the people (one CSV import) and declares the incident. */
    static BenchmarkIncident declare(StackClient client, int people) {
        return declare(client, people, "reply-benchmark", "Reply benchmark");
    }

    /**
     * As {@link #declare(StackClient, int)}, the role named after {@code purpose} and the title starting with
     * {@code title}. Each call in this JVM takes the next block of numbers, so cohorts never share a phone.
     */
    static BenchmarkIncident declare(StackClient client, int people, String purpose, String title) {
        // +1 <area> <exchange 20..99> <index, 5 digits>: valid US numbers (the directory checks), apart from the demo
        // people.
        int block = BLOCKS.getAndIncrement() % (AREAS.size() * 80);
        String prefix = "+1" + AREAS.get(block / 80) + (20 + block % 80);
        String role = purpose + "-" + prefix.substring(2) + "-" + System.currentTimeMillis();
        List<String> phones = new ArrayList<>(people);
        StringBuilder csv = new StringBuilder(COLUMNS);
        for (int i = 0; i < people; i++) {
            phones.add(prefix + "%05d".formatted(i));
            csv.append("%s-%d,Benchmark person %d,%s,,,,,,,,%s,SMS\n".formatted(role, i, i, phones.get(i), role));
        }
        assertCreated(client.postAs("admin", "/api/roles", "{\"name\":\"" + role + "\"}"));
        HttpResponse<String> imported = client.postCsvAs("admin", "/api/people/import", csv.toString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(StackClient.json(imported.body()).get("created").asInt())
                .as(() -> "people created: "
                        + imported.body()
                                .substring(0, Math.min(600, imported.body().length())))
                .isEqualTo(people);
        HttpResponse<String> declared = client.postAs(
                "commander",
                "/api/incidents",
                """
                {"title":"%s %s","message":"Reply 1 if you are safe.","severity":"HIGH",
                 "priority":"LIFE_SAFETY","notify":{"roles":["%s"]}}"""
                        .formatted(title, role, role));
        assertCreated(declared);
        return new BenchmarkIncident(StackClient.json(declared.body()).get("id").asText(), role, phones);
    }

    /**
     * Waits until the gateway has an open request for every person and the incident-service has
     * recorded every SMS as delivered: the status callbacks are over, so the measured part is replies.
     */
    void awaitDelivered(StackDatabase db, Duration atMost) {
        Awaitility.await("open requests and deliveries for " + phones.size() + " people")
                .atMost(atMost)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> openRequests(db) == phones.size() && delivered(db) == phones.size());
    }

    long openRequests(StackDatabase db) {
        return db.count("SELECT count(*) FROM gateway.open_requests WHERE incident_id = ?::uuid", id);
    }

    long delivered(StackDatabase db) {
        return db.count(
                """
                SELECT count(DISTINCT r.person_id) FROM incident.recipients r
                JOIN incident.recipient_events e ON e.notification_id = r.notification_id
                WHERE r.incident_id = ?::uuid AND e.kind = 'DELIVERED'""",
                id);
    }

    private static void assertCreated(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
