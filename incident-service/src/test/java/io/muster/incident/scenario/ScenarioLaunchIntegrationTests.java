package io.muster.incident.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.Fixtures;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.outbox.DeferredPayloads;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A launch declares through the declaration path, posts the status update, drafts the statement and
 * names the scenario on the incident; the same key gives the same incident; previews fill and count.
 */
@IncidentServiceIntegrationTest
class ScenarioLaunchIntegrationTests {

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Autowired
    DeferredPayloads deferred;

    private ScenarioSteps steps;

    @BeforeEach
    void steps() {
        steps = new ScenarioSteps(
                http.mutate().responseTimeout(Duration.ofSeconds(30)).build(), db, json);
    }

    @Test
    void aLaunchDeclaresPostsTheStatusUpdateDraftsTheStatementAndNamesTheScenario() {
        UUID id = steps.approved(steps.definition("Evacuate"));
        var site = steps.site();

        JsonNode launched = steps.read(
                steps.launch("commander", id, Map.of("siteIds", List.of(site.get("id")), "time", "14:05"), key())
                        .expectStatus()
                        .isCreated()
                        .expectHeader()
                        .valueMatches("Location", "/api/incidents/[0-9a-f-]{36}"));

        UUID incident = UUID.fromString(launched.get("incidentId").asString());
        assertThat(launched.get("version").asInt()).isEqualTo(1);
        var declared = db.sql("SELECT title, message, severity, declared_by, exercise FROM incidents WHERE id = ?")
                .param(incident)
                .query()
                .singleRow();
        assertThat(declared.get("title")).isEqualTo("Evacuate " + site.get("name"));
        assertThat(declared.get("message")).isEqualTo("Leave " + site.get("name") + " now (14:05).");
        assertThat(declared.get("severity")).isEqualTo("HIGH");
        assertThat(declared.get("declared_by")).isEqualTo("commander");
        assertThat(declared.get("exercise")).isEqualTo(false);
        assertThat(one("SELECT text FROM status_updates WHERE incident_id = ?", incident))
                .isEqualTo("Evacuation of " + site.get("name") + " started at 14:05.");
        assertThat(one(
                        "SELECT v.headline FROM statements s JOIN statement_versions v ON v.statement_id = s.id WHERE s.incident_id = ?",
                        incident))
                .isEqualTo("Evacuation at " + site.get("name"));
        assertThat(db.sql("SELECT scenario_id, version, source FROM scenario_launches WHERE incident_id = ?")
                        .param(incident)
                        .query()
                        .singleRow())
                .containsEntry("scenario_id", id)
                .containsEntry("version", 1)
                .containsEntry("source", "API");
        assertThat(db.sql("SELECT action FROM audit_log WHERE incident_id = ? ORDER BY id")
                        .param(incident)
                        .query(String.class)
                        .list())
                .contains("INCIDENT_DECLARED", "SCENARIO_LAUNCHED", "STATUS_UPDATE_POSTED", "STATEMENT_DRAFTED");
    }

    @Test
    void theSameLaunchKeyAnswersTheSameIncidentAndAlertsNobodyTwice() {
        UUID id = steps.approved(steps.definition("Twice"));
        String key = key();
        var body = Map.<String, Object>of("siteIds", List.of(steps.site().get("id")));

        String first = steps.read(
                        steps.launch("commander", id, body, key).expectStatus().isCreated())
                .get("incidentId")
                .asString();
        JsonNode again = steps.read(steps.launch("commander", id, body, key)
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("Idempotent-Replayed", "true"));

        assertThat(again.get("incidentId").asString()).isEqualTo(first);
        // a different launch under the same key (an exercise now; a different "time" could equal the current one)
        steps.launch("commander", id, Map.of("siteIds", List.of(steps.site().get("id")), "exercise", true), key)
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:idempotency-key-reused");
        assertThat(count("SELECT count(*) FROM recipients WHERE incident_id = ?", UUID.fromString(first)))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM status_updates WHERE incident_id = ?", UUID.fromString(first)))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM scenario_launches WHERE scenario_id = ?", id))
                .isEqualTo(1);
    }

    @Test
    void anExerciseLaunchIsADrillWhoseAfterActionReportNamesTheScenario() {
        UUID id = steps.approved(steps.definition("Fire drill"));
        UUID incident = UUID.fromString(steps.read(steps.launch(
                                "commander",
                                id,
                                Map.of("siteIds", List.of(steps.site().get("id")), "exercise", true),
                                key())
                        .expectStatus()
                        .isCreated())
                .get("incidentId")
                .asString());
        steps.as("commander")
                .post()
                .uri("/api/incidents/{id}/close", incident)
                .exchange()
                .expectStatus()
                .isOk();

        JsonNode report = steps.read(steps.as("commander")
                .get()
                .uri("/api/incidents/{id}/after-action", incident)
                .exchange()
                .expectStatus()
                .isOk());

        assertThat(report.get("exercise").asBoolean()).isTrue();
        assertThat(report.get("scenario").get("name").asString()).isEqualTo("Fire drill");
        assertThat(report.get("scenario").get("version").asInt()).isEqualTo(1);
        var file = steps.as("commander")
                .get()
                .uri("/api/incidents/{id}/after-action.html", incident)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .value("Content-Disposition", disposition -> assertThat(disposition)
                        .matches(".*filename=\"after-action-\\d{4}-\\d{2}-\\d{2}-fire-drill-v1-[a-z0-9-]+\\.html\".*"))
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(file).contains("Scenario Fire drill, version 1");
        assertThat(one("SELECT exercise::text FROM statements WHERE incident_id = ?", incident))
                .isEqualTo("true");
    }

    @Test
    void thePreviewFillsThePlaceholdersPerLanguageAndCountsSmsSegments() {
        var definition = steps.definition("Preview");
        definition.put(
                "texts",
                List.of(
                        Map.of(
                                "language",
                                "en",
                                "subject",
                                "Evacuate {site}",
                                "body",
                                "Leave {site} at {time}. " + "x".repeat(200)),
                        Map.of("language", "fr", "subject", "Évacuez {site}", "body", "Quittez {site} à {time}.")));
        UUID id = steps.created("commander", definition);
        var site = steps.site();

        JsonNode preview = steps.read(steps.as("commander")
                .post()
                .uri("/api/scenarios/{id}/preview", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("siteIds", List.of(site.get("id")), "time", "09:30"))
                .exchange()
                .expectStatus()
                .isOk());

        JsonNode english = preview.get("languages").get(0);
        JsonNode french = preview.get("languages").get(1);
        assertThat(english.get("sent").asBoolean()).isTrue();
        assertThat(english.get("subject").asString()).isEqualTo("Evacuate " + site.get("name"));
        assertThat(english.get("sms").get("text").asString()).contains("Leave " + site.get("name") + " at 09:30.");
        assertThat(english.get("sms").get("segments").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(english.get("sms").get("encoding").asString()).isEqualTo("GSM-7");
        assertThat(french.get("sent").asBoolean())
                .as("each person reads their language")
                .isTrue();
        assertThat(french.get("sms").get("text").asString()).contains("Quittez " + site.get("name") + " à 09:30.");
        assertThat(french.get("email").get("subject").asString()).contains("Évacuez " + site.get("name"));
        assertThat(preview.get("statusUpdate").asString())
                .isEqualTo("Evacuation of " + site.get("name") + " started at 09:30.");
        assertThat(preview.get("values").get("site").asString()).isEqualTo(site.get("name"));
    }

    @Test
    void aLaunchSendsEachPersonTheScenarioInTheirLanguageWithThePlaceholdersFilled() {
        String role = Fixtures.freshRole();
        var fixtures = new Fixtures(db);
        var english = fixtures.person(role, "+15557" + (100_000 + (int) (Math.random() * 899_999)), false);
        var canadian = fixtures.person(role, "+15557" + (100_000 + (int) (Math.random() * 899_999)), false);
        var german = fixtures.person(role, "+15557" + (100_000 + (int) (Math.random() * 899_999)), false);
        fixtures.set(canadian, "locale", "fr-CA");
        fixtures.set(german, "locale", "de");
        var definition = steps.definition("Languages");
        definition.put("audience", Map.of("roles", List.of(role)));
        UUID id = steps.approved(definition);
        var site = steps.site();

        UUID incident = UUID.fromString(steps.read(steps.launch(
                                "commander", id, Map.of("siteIds", List.of(site.get("id")), "time", "07:45"), key())
                        .expectStatus()
                        .isCreated())
                .get("incidentId")
                .asString());

        Map<UUID, JsonNode> sent = firstRequests(incident);
        assertThat(sent.get(english.id()).get("subject").asString()).isEqualTo("Evacuate " + site.get("name"));
        assertThat(sent.get(english.id()).get("body").asString())
                .isEqualTo("Leave " + site.get("name") + " now (07:45).");
        assertThat(sent.get(canadian.id()).get("subject").asString()).isEqualTo("Évacuez " + site.get("name"));
        assertThat(sent.get(canadian.id()).get("body").asString())
                .isEqualTo("Quittez " + site.get("name") + " (07:45).");
        assertThat(sent.get(german.id()).get("subject").asString())
                .as("a language the scenario lacks reads the first one")
                .isEqualTo("Evacuate " + site.get("name"));
    }

    /** The first request of each recipient, as the outbox relay publishes it. */
    private Map<UUID, JsonNode> firstRequests(UUID incident) {
        List<UUID> notifications = db.sql("SELECT notification_id FROM recipients WHERE incident_id = ?")
                .param(incident)
                .query(UUID.class)
                .list();
        Map<UUID, JsonNode> byPerson = new java.util.HashMap<>();
        deferred.render(notifications).values().stream()
                .map(json::readTree)
                .forEach(request ->
                        byPerson.put(UUID.fromString(request.get("personId").asString()), request));
        assertThat(byPerson).hasSize(notifications.size());
        return byPerson;
    }

    @Test
    void anUnapprovedScenarioCannotBeLaunched() {
        UUID id = steps.created("commander", steps.definition("Unapproved"));

        steps.launch("commander", id, Map.of(), key())
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:scenario-not-approved");
        assertThat(count("SELECT count(*) FROM scenario_launches WHERE scenario_id = ?", id))
                .isZero();
    }

    @Test
    void anEditAfterApprovalLaunchesTheApprovedVersionUntilTheNewOneIsApproved() {
        var definition = steps.definition("Edited");
        UUID id = steps.approved(definition);
        definition.put("severity", "CRITICAL");
        steps.as("commander")
                .put()
                .uri("/api/scenarios/{id}", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(definition)
                .exchange()
                .expectStatus()
                .isOk();

        JsonNode launched = steps.read(steps.launch(
                        "commander", id, Map.of("siteIds", List.of(steps.site().get("id"))), key())
                .expectStatus()
                .isCreated());
        steps.launch("commander", id, Map.of("version", 2), key())
                .expectStatus()
                .isEqualTo(409);

        assertThat(launched.get("version").asInt()).isEqualTo(1);
        assertThat(one(
                        "SELECT severity FROM incidents WHERE id = ?",
                        UUID.fromString(launched.get("incidentId").asString())))
                .isEqualTo("HIGH");
    }

    @Test
    void aLifeSafetyScenarioNeedsTheConfirmation() {
        var definition = steps.definition("Shelter in place");
        definition.put("priority", "LIFE_SAFETY");
        UUID id = steps.approved(definition);

        steps.launch("commander", id, Map.of("siteIds", List.of(steps.site().get("id"))), key())
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:life-safety-confirmation-required");
        steps.launch(
                        "commander",
                        id,
                        Map.of("siteIds", List.of(steps.site().get("id")), "confirmLifeSafety", true),
                        key())
                .expectStatus()
                .isCreated();
    }

    @Test
    void hostileLaunchesGetProblems() {
        UUID id = steps.approved(steps.definition("Hostile"));

        steps.launch("team", id, Map.of(), key()).expectStatus().isForbidden();
        steps.launch("employee", id, Map.of(), key()).expectStatus().isForbidden();
        steps.launch("commander", id, Map.of("siteIds", List.of(UUID.randomUUID())), key())
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("siteIds");
        steps.launch("commander", UUID.randomUUID(), Map.of(), key())
                .expectStatus()
                .isNotFound();
        steps.launch("commander", id, Map.of("version", 9), key())
                .expectStatus()
                .isNotFound();
        steps.as("commander")
                .post()
                .uri("/api/scenarios/{id}/launches", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"exercise\": \"maybe\"")
                .exchange()
                .expectStatus()
                .isBadRequest();
        assertThat(count("SELECT count(*) FROM scenario_launches WHERE scenario_id = ?", id))
                .isZero();
    }

    private static String key() {
        return "launch-" + UUID.randomUUID();
    }

    private String one(String sql, UUID id) {
        return db.sql(sql).param(id).query(String.class).single();
    }

    private long count(String sql, UUID id) {
        return db.sql(sql).param(id).query(Long.class).single();
    }
}
