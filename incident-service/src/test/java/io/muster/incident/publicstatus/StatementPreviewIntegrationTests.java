package io.muster.incident.publicstatus;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.statement.StatementScenario;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IncidentServiceIntegrationTest
class StatementPreviewIntegrationTests {

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder passwords;

    StatementScenario scenario;

    @BeforeEach
    void scenario() {
        http = http.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build();
        scenario = new StatementScenario(http, db, json, passwords);
    }

    @Test
    void aDraftPreviewsAsTheFirstAlertOnThePageTheFeedAndAValidCapDocument() throws Exception {
        UUID incidentId = scenario.declaredIncident(false);
        UUID statementId = scenario.draft(incidentId, "commander", "Gate <B> closed & guarded");

        JsonNode preview = preview(incidentId, statementId, "spokesperson");

        assertThat(preview.get("version").asInt()).isEqualTo(1);
        assertThat(preview.get("msgType").asString()).isEqualTo("Alert");
        assertThat(preview.get("publicStatement").asBoolean()).isTrue();
        assertThat(preview.get("page").asString())
                .contains("<article id=\"statement-" + statementId + "\">")
                .contains("Gate &lt;B&gt; closed &amp; guarded")
                .contains("Text of Gate &lt;B&gt; closed &amp; guarded");
        Element entry = parse(preview.get("atomEntry").asString());
        assertThat(entry.getLocalName()).isEqualTo("entry");
        assertThat(entry.getNamespaceURI()).isEqualTo(AtomFeed.NAMESPACE);
        assertThat(entry.getElementsByTagNameNS(AtomFeed.NAMESPACE, "title")
                        .item(0)
                        .getTextContent())
                .isEqualTo("Gate <B> closed & guarded");
        String cap = preview.get("cap").asString();
        CapSchema.validate(cap);
        assertThat(cap)
                .contains("<identifier>urn:uuid:" + statementId + "</identifier>")
                .contains("<msgType>Alert</msgType>");
        http.get()
                .uri("/status/cap/{id}.xml", statementId)
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void aLaterDraftPreviewsAsAnUpdateReferringToThePublishedStatement() throws Exception {
        UUID incidentId = scenario.declaredIncident(false);
        scenario.designate(incidentId, "spokesperson");
        UUID first = scenario.draft(incidentId, "spokesperson", "First");
        scenario.published(incidentId, first, "spokesperson");
        UUID second = scenario.draft(incidentId, "commander", "Second");

        JsonNode preview = preview(incidentId, second, "spokesperson");

        assertThat(preview.get("msgType").asString()).isEqualTo("Update");
        CapSchema.validate(preview.get("cap").asString());
        assertThat(preview.get("cap").asString()).contains(",urn:uuid:" + first + ",");
        JsonNode published = preview(incidentId, first, "commander");
        assertThat(published.get("msgType").asString()).isEqualTo("Alert");
        assertThat(published.get("publishedAt").asString()).isNotBlank();
    }

    @Test
    void anExerciseStatementPreviewsAsInternalUnlessPublishedToThePublicPage() {
        UUID incidentId = scenario.declaredIncident(true);
        UUID statementId = scenario.draft(incidentId, "commander", "Drill words");

        assertThat(preview(incidentId, statementId, "spokesperson")
                        .get("publicStatement")
                        .asBoolean())
                .isFalse();
        JsonNode shown = scenario.read(scenario.as("spokesperson")
                .get()
                .uri("/api/incidents/{id}/statements/{s}/preview?publishExercise=true", incidentId, statementId)
                .exchange()
                .expectStatus()
                .isOk());
        assertThat(shown.get("publicStatement").asBoolean()).isTrue();
        assertThat(shown.get("cap").asString()).contains("<status>Exercise</status>");
    }

    @Test
    void aStatementOfAnotherIncidentOrAnEmployeeGetsNoPreview() {
        UUID incidentId = scenario.declaredIncident(false);
        UUID statementId = scenario.draft(incidentId, "commander", "Elsewhere");
        UUID other = scenario.declaredIncident(false);

        scenario.as("spokesperson")
                .get()
                .uri("/api/incidents/{id}/statements/{s}/preview", other, statementId)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:statement-not-found");
        scenario.as("employee")
                .get()
                .uri("/api/incidents/{id}/statements/{s}/preview", incidentId, statementId)
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    private JsonNode preview(UUID incidentId, UUID statementId, String user) {
        return scenario.read(scenario.as(user)
                .get()
                .uri("/api/incidents/{id}/statements/{s}/preview", incidentId, statementId)
                .exchange()
                .expectStatus()
                .isOk());
    }

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }
}
