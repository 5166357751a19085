package io.muster.incident.preview;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** POST /api/message-preview renders the notifier's texts per language of the people named. */
@IncidentServiceIntegrationTest
class MessagePreviewIntegrationTests {

    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;

    private WebTestClient http;

    @Autowired
    void client(WebTestClient client) {
        // a cold declaration on a busy build machine can take longer than the default 5 s
        this.http = client.mutate()
                .responseTimeout(java.time.Duration.ofSeconds(30))
                .build();
    }

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Test
    void aFrenchSpeakerReadsTheFrenchTextsWithTheExerciseTagTheMenuTheCodeAndTheLink() {
        TestPerson french = new Fixtures(db).person(Fixtures.freshRole(), "+15557400001", true);
        new Fixtures(db).set(french, "locale", "fr-CA");

        JsonNode fr = language(
                preview(Map.of(
                        "title",
                        "Incendie",
                        "message",
                        "Quittez le bâtiment.",
                        "exercise",
                        true,
                        "employeeIds",
                        List.of(french.employeeId()))),
                "fr");

        assertThat(fr.get("people").asLong()).isEqualTo(1);
        assertThat(fr.get("hasTexts").asBoolean()).isTrue();
        assertThat(fr.get("sms").get("text").asString())
                .isEqualTo(
                        "[EXERCICE] Incendie : Quittez le bâtiment. Répondez 1 = en sécurité, 2 = besoin d'aide (code 10)."
                                + " Réponse : http://127.0.0.1:8082/answer/" + "a".repeat(48));
        assertThat(fr.get("sms").get("encoding").asString()).isEqualTo("UCS-2"); // â is not GSM-7
        assertThat(fr.get("sms").get("segments").asInt()).isEqualTo(3);
        assertThat(fr.get("email").get("subject").asString()).isEqualTo("[Muster][EXERCICE] Incendie");
        assertThat(fr.get("email").get("text").asString())
                .startsWith("CECI EST UN EXERCICE.\n\nIncendie\n\nQuittez le bâtiment.\n\nRépondre ici : ");
    }

    @Test
    void everySupportedLanguageIsPreviewedEvenWhenNobodyIsNamed() {
        JsonNode previews = preview(Map.of("title", "Fire", "message", "Leave now."));

        JsonNode en = language(previews, "en");
        assertThat(en.get("people").asLong()).isZero();
        assertThat(en.get("sms").get("text").asString()).startsWith("Fire: Leave now. Reply 1 = safe, 2 = need help");
        assertThat(en.get("sms").get("encoding").asString()).isEqualTo("GSM-7");
        assertThat(language(previews, "fr")).isNotNull();
    }

    @Test
    void aLifeSafetyTextIsShortenedToTwoSegmentsAsTheNotifierDoes() {
        JsonNode en = language(
                preview(Map.of("title", "Gas leak", "message", "Evacuate. ".repeat(60), "priority", "LIFE_SAFETY")),
                "en");

        assertThat(en.get("sms").get("segments").asInt()).isEqualTo(2);
        assertThat(en.get("sms").get("text").asString()).contains("...").contains("(code 10)");
    }

    @Test
    void aPreviewWithoutAMessageIsAValidationProblem() {
        http.post()
                .uri("/api/message-preview")
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "No message"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:validation");
    }

    private JsonNode preview(Map<String, Object> body) {
        byte[] response = http.post()
                .uri("/api/message-preview")
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody();
        return json.readTree(response);
    }

    private static JsonNode language(JsonNode previews, String language) {
        for (JsonNode preview : previews) {
            if (preview.get("language").asString().equals(language)) {
                return preview;
            }
        }
        throw new AssertionError("no preview for " + language + " in " + previews);
    }
}
