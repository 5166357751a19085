package io.muster.gateway.kafka;

import static io.muster.gateway.NotificationRequestFixture.openRequestTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.muster.contracts.ContractSamples;
import io.muster.gateway.GatewayIntegrationTest;
import io.muster.testkit.Outage;
import io.muster.testkit.TestServers;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A PostgreSQL outage longer than any retry budget dead-letters nothing: the correlation index, the
 * hotline directory and the incident view wait it out, so a person alerted meanwhile can still answer.
 */
class ConsumersWaitOutOutagesIntegrationTests extends GatewayIntegrationTest {

    private static final Duration OUTAGE = Duration.ofSeconds(8);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DatabaseClient db;

    @BeforeEach
    void embeddedServersOnly() {
        assumeTrue(TestServers.shared().outagesPossible(), "outages need the embedded servers");
    }

    @Test
    void requestsAndIncidentEventsConsumedDuringADatabaseOutageAreStoredOnceItIsOver() {
        var request = openRequestTo(newPhoneNumber(), "47");
        ObjectNode declared = (ObjectNode) JSON.readTree(ContractSamples.json("IncidentDeclared", 1));
        declared.put("eventId", UUID.randomUUID().toString());
        declared.put("incidentId", request.incidentId().toString());
        String[] markers = {
            request.notificationId().toString(), request.incidentId().toString()
        };
        try (var deadLetters = probe(
                "muster.notification-request.v1.DLT",
                "muster.notification-request.priority.v1.DLT",
                "muster.incident.v1.DLT")) {
            try (Outage outage = TestServers.shared().postgresOutage()) {
                kafka.send("muster.notification-request.v1", request.personId().toString(), request.json())
                        .join();
                kafka.send("muster.incident.v1", request.incidentId().toString(), declared.toString())
                        .join();
                waitOut(OUTAGE);
            }

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(openRequests
                                .byNotificationId(request.notificationId())
                                .blockOptional())
                        .isPresent();
                assertThat(count(
                                "select count(*) from hotline_requests where notification_id = :id",
                                request.notificationId()))
                        .isEqualTo(1);
                assertThat(count("select count(*) from known_incidents where incident_id = :id", request.incidentId()))
                        .isEqualTo(1);
            });
            assertThat(deadLetters.recordsWithin(
                            record -> List.of(markers).stream().anyMatch(record.value()::contains), QUIET))
                    .isEmpty();
        }
    }

    private long count(String sql, UUID id) {
        return db.sql(sql)
                .bind("id", id)
                .map(row -> row.get(0, Long.class))
                .one()
                .block();
    }

    private static void waitOut(Duration outage) {
        long until = System.nanoTime() + outage.toNanos();
        Awaitility.await().atMost(outage.plusSeconds(1)).until(() -> System.nanoTime() >= until);
    }
}
