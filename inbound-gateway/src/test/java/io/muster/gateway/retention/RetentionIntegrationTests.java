package io.muster.gateway.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.GatewayIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The retention job: raw payloads older than 90 days are blanked (the row still stops a replay), replay keys older
 * than 400 days and the hotline's stale working data are deleted, newer rows are untouched; two instances running
 * it at once share the rows without error.
 */
class RetentionIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    private RetentionJob job;

    @Autowired
    private DatabaseClient db;

    @Test
    void oldPayloadsAreBlankedAndOldKeysForgottenWhileRecentOnesStay() throws Exception {
        String prefix = "retention-" + UUID.randomUUID() + "-";
        logged(prefix + "ancient", days(500));
        logged(prefix + "old", days(100));
        logged(prefix + "recent", days(2));
        String call = "CA" + UUID.randomUUID().toString().replace("-", "");
        hotlineStep(call, "ancient", days(500));
        hotlineStep(call, "old", days(100));
        String failures = "number:+1555" + UUID.randomUUID();
        verificationFailure(failures, days(40));

        CompletableFuture<Long> one = CompletableFuture.supplyAsync(job::run);
        CompletableFuture<Long> other = CompletableFuture.supplyAsync(job::run);
        one.get();
        other.get();

        assertThat(params("inbound_log", "provider_reference", prefix + "ancient"))
                .isNull();
        assertThat(params("inbound_log", "provider_reference", prefix + "old")).isEqualTo("{}");
        assertThat(params("inbound_log", "provider_reference", prefix + "recent"))
                .contains("+15550100001");
        assertThat(params("hotline_log", "step", "ancient")).isNull();
        assertThat(params("hotline_log", "step", "old")).isEqualTo("{}");
        assertThat(db.sql("select count(*) as n from hotline_verification_failures where key = :key")
                        .bind("key", failures)
                        .map(row -> row.get("n", Long.class))
                        .one()
                        .block())
                .isZero();
    }

    @Test
    void staleBridgeInvitationsAndOldBridgeRecordsAreDeletedWhileRecentOnesStay() {
        UUID incident = UUID.randomUUID();
        UUID stale = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        invited(stale, incident, days(40));
        invited(recent, incident, days(2));
        db.sql(
                        """
                        insert into bridge_events (incident_id, person_id, call_sid, conference_sid, event, occurred_at,
                            received_at)
                        values (:incident, :person, :call, 'CF0', 'JOINED', :at, :at)""")
                .bind("incident", incident)
                .bind("person", stale)
                .bind("call", "CA" + UUID.randomUUID().toString().replace("-", ""))
                .bind("at", days(500))
                .then()
                .block();

        job.run();

        assertThat(count("bridge_members", incident)).isOne();
        assertThat(count("bridge_events", incident)).isZero();
    }

    private void invited(UUID notification, UUID incident, Instant at) {
        db.sql(
                        """
                        insert into bridge_members (notification_id, incident_id, person_id, created_at)
                        values (:notification, :incident, :person, :at)""")
                .bind("notification", notification)
                .bind("incident", incident)
                .bind("person", UUID.randomUUID())
                .bind("at", at)
                .then()
                .block();
    }

    private long count(String table, UUID incident) {
        return db.sql("select count(*) as n from " + table + " where incident_id = :incident")
                .bind("incident", incident)
                .map(row -> row.get("n", Long.class))
                .one()
                .block();
    }

    private void logged(String reference, Instant at) {
        db.sql(
                        "insert into inbound_log (kind, provider_reference, params, received_at, outcome)"
                                + " values ('SMS', :ref, '{\"From\":\"+15550100001\",\"Body\":\"1\"}'::jsonb, :at, 'CORRELATED')")
                .bind("ref", reference)
                .bind("at", at)
                .then()
                .block();
    }

    private void hotlineStep(String call, String step, Instant at) {
        db.sql("insert into hotline_log (call_sid, step, params, received_at)"
                        + " values (:call, :step, '{\"Digits\":\"1\"}'::jsonb, :at)")
                .bind("call", call)
                .bind("step", step)
                .bind("at", at)
                .then()
                .block();
    }

    private void verificationFailure(String key, Instant at) {
        db.sql("insert into hotline_verification_failures (key, failures, window_started_at, last_failed_at)"
                        + " values (:key, 3, :at, :at)")
                .bind("key", key)
                .bind("at", at)
                .then()
                .block();
    }

    /** The params of the row whose {@code column} is {@code value}; null when the row is gone. */
    private String params(String table, String column, String value) {
        return db.sql("select params::text as p from " + table + " where " + column + " = :value")
                .bind("value", value)
                .map(row -> row.get("p", String.class))
                .one()
                .block();
    }

    private static Instant days(int ago) {
        return Instant.now().minus(Duration.ofDays(ago));
    }
}
