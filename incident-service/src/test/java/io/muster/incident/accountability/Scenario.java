package io.muster.incident.accountability;

import io.muster.contracts.ContractSamples;
import io.muster.incident.IncidentServiceIntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Incidents, replies and logins for the accountability, task and self-service tests. */
public record Scenario(WebTestClient http, JdbcClient db, JsonMapper json, KafkaTemplate<String, String> kafka) {

    public static final String REPLIES = "muster.reply.v1";
    public static final String DELIVERIES = "muster.delivery.v1";

    public WebTestClient as(String user) {
        // A generous timeout: the build machine is shared, and the first request warms everything up.
        return http.mutate()
                .responseTimeout(java.time.Duration.ofSeconds(30))
                .defaultHeaders(h -> h.setBasicAuth(user, IncidentServiceIntegrationTest.PASSWORD))
                .build();
    }

    /** Declares an incident (as the commander) that notifies these people; returns its id. */
    public UUID declareFor(List<UUID> people) {
        JsonNode created = read(as("commander")
                .post()
                .uri("/api/incidents")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "title",
                        "Roll call " + UUID.randomUUID(),
                        "message",
                        "Are you safe?",
                        "severity",
                        "HIGH",
                        "notify",
                        Map.of("personIds", people)))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
        return UUID.fromString(created.get("id").asString());
    }

    public void close(UUID incident) {
        as("commander")
                .post()
                .uri("/api/incidents/{id}/close", incident)
                .exchange()
                .expectStatus()
                .isOk();
    }

    public UUID notificationOf(UUID incident, UUID person) {
        return db.sql("SELECT notification_id FROM recipients WHERE incident_id = ? AND person_id = ?")
                .params(incident, person)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    /** Publishes a ReplyReceived (the golden sample with these values) to the replies topic. */
    public void reply(
            UUID incident, UUID notification, String answer, String channel, Instant at, Map<String, Object> more) {
        ObjectNode node = (ObjectNode) json.readTree(ContractSamples.json("ReplyReceived", 1));
        node.put("eventId", UUID.randomUUID().toString());
        node.put("incidentId", incident.toString());
        node.put("notificationId", notification.toString());
        node.put("occurredAt", at.toString());
        node.put("answer", answer);
        node.put("channel", channel);
        more.forEach((field, value) -> node.set(field, json.valueToTree(value)));
        kafka.send(REPLIES, incident.toString(), node.toString()).join();
    }

    /** The incident's people as HR sees them, by person id. */
    public Map<UUID, JsonNode> people(UUID incident) {
        JsonNode page = getJson("hr", "/api/incidents/" + incident + "/accountability/people?size=1000");
        Map<UUID, JsonNode> byPerson = new java.util.HashMap<>();
        page.get("people")
                .forEach(row -> byPerson.put(UUID.fromString(row.get("personId").asString()), row));
        return byPerson;
    }

    public JsonNode getJson(String user, String uri) {
        return read(as(user).get()
                .uri(uri)
                .accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());
    }

    /** A login of its own (for roles the demo seed does not have), optionally a directory person. */
    public String login(PasswordEncoder encoder, String role, UUID person) {
        String username = role.toLowerCase(java.util.Locale.ROOT) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        db.sql("INSERT INTO app_users (username, password_hash, roles, person_id) VALUES (?, ?, ?, ?)")
                .params(username, encoder.encode(IncidentServiceIntegrationTest.PASSWORD), new String[] {role}, person)
                .update();
        return username;
    }

    public JsonNode read(String body) {
        return json.readTree(body);
    }
}
