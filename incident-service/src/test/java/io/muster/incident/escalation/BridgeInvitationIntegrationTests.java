package io.muster.incident.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.Declaring;
import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A declaration may invite the people it alerts to the crisis bridge: its questions then carry
 * {@code "bridge": true}, which the gateway turns into "press 8 to join the crisis bridge" on the call and the
 * hotline (docs/bridge.md). Without it, the requests carry no bridge member at all (the contract's plain sample).
 */
@IncidentServiceIntegrationTest
class BridgeInvitationIntegrationTests {

    private static final String NORMAL = "muster.notification-request.v1";
    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    private final JsonMapper json = JsonMapper.shared();

    @Test
    void aDeclarationWithTheBridgeInvitesEveryoneItAlerts() {
        String role = Fixtures.freshRole();
        TestPerson ada = new Fixtures(db).person(role, "+15557400001", true);
        try (TopicProbe probe = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), NORMAL)) {
            String incident =
                    Declaring.toRole(http, role, "Bridge " + UUID.randomUUID(), "HIGH", WITHIN, Map.of("bridge", true));

            assertThat(requestsTo(probe, ada, incident)).isNotEmpty().allSatisfy(request -> assertThat(
                            request.path("bridge").asBoolean(false))
                    .isTrue());
        }
    }

    @Test
    void withoutItTheRequestsNameNoBridge() {
        String role = Fixtures.freshRole();
        TestPerson bob = new Fixtures(db).person(role, "+15557400002", true);
        try (TopicProbe probe = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), NORMAL)) {
            String incident = Declaring.toRole(http, role, "No bridge " + UUID.randomUUID(), "HIGH", WITHIN);

            assertThat(requestsTo(probe, bob, incident))
                    .isNotEmpty()
                    .allSatisfy(request -> assertThat(request.has("bridge")).isFalse());
        }
    }

    private List<JsonNode> requestsTo(TopicProbe probe, TestPerson person, String incident) {
        probe.awaitRecord(
                r -> r.key().equals(person.id().toString()) && r.value().contains(incident), WITHIN);
        return probe
                .recordsWithin(
                        r -> r.key().equals(person.id().toString()) && r.value().contains(incident),
                        Duration.ofSeconds(1))
                .stream()
                .map(r -> json.readTree(r.value()))
                .toList();
    }
}
