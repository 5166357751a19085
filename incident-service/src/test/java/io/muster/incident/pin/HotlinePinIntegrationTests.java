package io.muster.incident.pin;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.accountability.Scenario;
import io.muster.testkit.TestServers;
import io.muster.testkit.TopicProbe;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person sets their own hotline PIN; HR resets anyone's. Only a hash is stored and published (to the gateway,
 * on the compacted PIN topic), every change is audited without the PIN, weak PINs are refused.
 */
@IncidentServiceIntegrationTest
class HotlinePinIntegrationTests {

    private static final String TOPIC = "muster.hotline-pin.v1";

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    PasswordEncoder encoder;

    private Scenario scenario;
    private TestPerson ada;
    private String adasLogin;

    @BeforeEach
    void anEmployeeWithALogin() {
        scenario = new Scenario(http, db, json, kafka);
        ada = new Fixtures(db)
                .person(Fixtures.freshRole(), "+1555" + (1_000_000 + (int) (Math.random() * 8_999_999)), false);
        adasLogin = scenario.login(encoder, "EMPLOYEE", ada.id());
    }

    @Test
    void aPersonSetsTheirOwnPinWhichIsStoredHashedAuditedAndPublished() {
        try (TopicProbe probe = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), TOPIC)) {
            setPin(adasLogin, "480913").expectStatus().isNoContent();

            JsonNode event =
                    json.readTree(probe.awaitRecord(r -> ada.id().toString().equals(r.key()), Duration.ofSeconds(20))
                            .value());
            assertThat(event.get("type").asString()).isEqualTo("HotlinePinChanged");
            assertThat(event.get("employeeId").asString()).isEqualTo(ada.employeeId());
            assertThat(event.get("changedBy").asString()).isEqualTo("PERSON");
            String hash = event.get("pinHash").asString();
            assertThat(hash).startsWith("{bcrypt}").doesNotContain("480913");
            assertThat(encoder.matches("480913", hash)).isTrue();
        }
        assertThat(storedHash()).isNotNull().doesNotContain("480913");
        JsonNode status = scenario.getJson(adasLogin, "/api/me/hotline-pin");
        assertThat(status.get("set").asBoolean()).isTrue();
        assertThat(status.get("setBy").asString()).isEqualTo("PERSON");
        assertThat(audit("HOTLINE_PIN_SET")).singleElement().satisfies(details -> assertThat(details)
                .contains(ada.employeeId())
                .doesNotContain("480913"));
    }

    @Test
    void weakOrMalformedPinsAreRefusedNamingTheRule() {
        for (String weak : new String[] {"12345", "123456789", "111111", "234567", "876543", "12ab56", ""}) {
            setPin(adasLogin, weak)
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("urn:muster:problem:validation")
                    .jsonPath("$.errors[0].field")
                    .isEqualTo("pin");
        }
        String employeeDigits = ada.employeeId().replaceAll("\\D", "");
        if (employeeDigits.length() >= 6) {
            setPin(adasLogin, employeeDigits.substring(0, 6)).expectStatus().isBadRequest();
        }
        scenario.as(adasLogin)
                .put()
                .uri("/api/me/hotline-pin")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue("{\"pin\":")
                .exchange()
                .expectStatus()
                .isBadRequest();
        assertThat(storedHash()).isNull();
    }

    @Test
    void aLoginThatIsNobodyInTheDirectoryHasNoPin() {
        String nobody = scenario.login(encoder, "EMPLOYEE", null);

        setPin(nobody, "480913")
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:no-directory-person");
    }

    @Test
    void hrResetsAPinAndSeesTheNewOneOnce() {
        try (TopicProbe probe = TopicProbe.on(TestServers.shared().kafkaBootstrapServers(), TOPIC)) {
            var result = scenario.as("hr")
                    .post()
                    .uri("/api/people/{id}/hotline-pin/reset", ada.id())
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectHeader()
                    .cacheControl(org.springframework.http.CacheControl.noStore())
                    .expectBody(String.class)
                    .returnResult()
                    .getResponseBody();
            String pin = json.readTree(result).get("pin").asString();

            assertThat(pin).matches("\\d{6}");
            JsonNode event = json.readTree(probe.awaitRecord(
                            r -> ada.id().toString().equals(r.key())
                                    && r.value().contains("\"HR\""),
                            Duration.ofSeconds(20))
                    .value());
            assertThat(encoder.matches(pin, event.get("pinHash").asString())).isTrue();
        }
        assertThat(scenario.getJson(adasLogin, "/api/me/hotline-pin")
                        .get("setBy")
                        .asString())
                .isEqualTo("HR");
        assertThat(audit("HOTLINE_PIN_RESET")).singleElement().satisfies(details -> assertThat(details)
                .doesNotContain("pin\""));
    }

    @Test
    void onlyHrAndAdminResetAndAnUnknownPersonIsNotFound() {
        scenario.as(adasLogin)
                .post()
                .uri("/api/people/{id}/hotline-pin/reset", ada.id())
                .exchange()
                .expectStatus()
                .isForbidden();
        scenario.as("admin")
                .post()
                .uri("/api/people/{id}/hotline-pin/reset", UUID.randomUUID())
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:person-not-found");
        assertThat(storedHash()).isNull();
    }

    private WebTestClient.ResponseSpec setPin(String login, String pin) {
        return scenario.as(login)
                .put()
                .uri("/api/me/hotline-pin")
                .bodyValue(Map.of("pin", pin))
                .exchange();
    }

    private String storedHash() {
        return db.sql("SELECT pin_hash FROM hotline_pins WHERE person_id = ?")
                .param(ada.id())
                .query((rs, n) -> rs.getString("pin_hash"))
                .optional()
                .orElse(null);
    }

    private java.util.List<String> audit(String action) {
        return db.sql("SELECT details::text AS d FROM audit_log WHERE action = ? AND subject = ?")
                .params(action, ada.id().toString())
                .query((rs, n) -> rs.getString("d"))
                .list();
    }
}
