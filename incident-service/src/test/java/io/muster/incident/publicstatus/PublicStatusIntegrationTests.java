package io.muster.incident.publicstatus;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.statement.StatementScenario;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IncidentServiceIntegrationTest
class PublicStatusIntegrationTests {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

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
        // a busy build box can take longer than the default 5 s for a declaration
        http = http.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build();
        scenario = new StatementScenario(http, db, json, passwords);
    }

    @Test
    void thePageShowsPublishedStatementsWithoutLoginAndEscapesMarkup() {
        String marker = UUID.randomUUID().toString();
        scenario.publishedStatement(false, false, "Closed <script>alert('" + marker + "')</script>");

        String page = get("/status")
                .expectHeader()
                .contentTypeCompatibleWith("text/html")
                .expectHeader()
                .valueMatches("Content-Security-Policy", ".*default-src 'none'.*")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(page).contains("name=\"viewport\"");
        assertThat(page).contains("Closed &lt;script&gt;alert(&#39;" + marker + "&#39;)&lt;/script&gt;");
        assertThat(page).doesNotContain("<script>alert('" + marker);
    }

    @Test
    void statusJsonListsPublicStatementsNewestFirst() {
        String first = "First " + UUID.randomUUID();
        String second = "Second " + UUID.randomUUID();
        UUID firstId = scenario.publishedStatement(false, false, first);
        UUID secondId = scenario.publishedStatement(false, false, second);

        JsonNode status = json.readTree(
                get("/status.json").expectBody(String.class).returnResult().getResponseBody());

        List<String> ids = status.get("statements")
                .valueStream()
                .map(s -> s.get("id").asString())
                .toList();
        assertThat(ids).containsSubsequence(secondId.toString(), firstId.toString());
        JsonNode entry = status.get("statements").get(ids.indexOf(secondId.toString()));
        assertThat(entry.get("headline").asString()).isEqualTo(second);
        assertThat(entry.get("msgType").asString()).isEqualTo("Alert");
        assertThat(entry.get("cap").asString()).endsWith("/status/cap/" + secondId + ".xml");
    }

    @Test
    void theAtomFeedIsWellFormedAndHasWhatAtomRequires() throws Exception {
        String headline = "Feed <b>&</b> " + UUID.randomUUID();
        UUID statementId = scenario.publishedStatement(false, false, headline);

        byte[] body = get("/status/feed.atom")
                .expectHeader()
                .contentTypeCompatibleWith("application/atom+xml")
                .expectBody()
                .returnResult()
                .getResponseBody();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));

        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        for (String required : List.of("id", "title", "updated", "author")) {
            assertThat(children(root, required)).as(required).isNotEmpty();
        }
        Element entry = children(root, "entry").stream()
                .filter(e -> text(e, "id").equals("urn:uuid:" + statementId))
                .findFirst()
                .orElseThrow();
        assertThat(text(entry, "title")).isEqualTo(headline);
        assertThat(text(entry, "updated")).isNotBlank();
        assertThat(children(entry, "link")).isNotEmpty();
    }

    @Test
    void everyPublishedStatementHasAValidCapDocumentWithItsReferencesAndLanguages() throws Exception {
        UUID incidentId = scenario.declaredIncident(false);
        scenario.designate(incidentId, "spokesperson");
        UUID alert = scenario.draft(incidentId, "spokesperson", "Alert");
        scenario.published(incidentId, alert, "spokesperson");
        UUID update = scenario.draft(
                incidentId,
                "spokesperson",
                "Update",
                List.of(
                        Map.of("language", "en", "text", "Reopening tomorrow."),
                        Map.of("language", "de", "headline", "Aktualisierung", "text", "Morgen wieder offen.")));
        scenario.published(incidentId, update, "spokesperson");

        String alertCap = cap(alert);
        String updateCap = cap(update);

        CapSchema.validate(alertCap);
        CapSchema.validate(updateCap);
        assertThat(alertCap).contains("<msgType>Alert</msgType>").doesNotContain("<references>");
        String alertSent = between(alertCap, "<sent>", "</sent>");
        String alertSender = between(alertCap, "<sender>", "</sender>");
        assertThat(updateCap)
                .contains("<msgType>Update</msgType>")
                .contains("<references>" + alertSender + ",urn:uuid:" + alert + "," + alertSent + "</references>")
                .contains("<language>en</language>")
                .contains("<language>de</language>")
                .contains("<headline>Aktualisierung</headline>");
    }

    @Test
    void anExerciseStaysOffThePublicPageUnlessPublishedAsPublicAndItsCapSaysExercise() throws Exception {
        String hidden = "Hidden drill " + UUID.randomUUID();
        String shown = "Shown drill " + UUID.randomUUID();
        UUID hiddenId = scenario.publishedStatement(true, false, hidden);
        UUID shownId = scenario.publishedStatement(true, true, shown);

        String page = get("/status").expectBody(String.class).returnResult().getResponseBody();
        String status =
                get("/status.json").expectBody(String.class).returnResult().getResponseBody();
        String feed =
                get("/status/feed.atom").expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).doesNotContain(hidden).contains(shown).contains("EXERCISE");
        assertThat(status).doesNotContain(hidden).contains(shown);
        assertThat(feed).doesNotContain(hidden).contains(shown);
        http.get()
                .uri("/status/cap/{id}.xml", hiddenId)
                .exchange()
                .expectStatus()
                .isNotFound();

        String shownCap = cap(shownId);
        CapSchema.validate(shownCap);
        assertThat(shownCap).contains("<status>Exercise</status>");
        UUID hiddenIncident = db.sql("SELECT incident_id FROM statements WHERE id = ?")
                .param(hiddenId)
                .query((rs, n) -> rs.getObject("incident_id", UUID.class))
                .optional()
                .orElse(null);
        String internalCap = scenario.as("commander")
                .get()
                .uri("/api/incidents/{id}/statements/{s}/cap.xml", hiddenIncident, hiddenId)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        CapSchema.validate(internalCap);
        assertThat(internalCap).contains("<status>Exercise</status>");
    }

    @Test
    void theFirstPublicStatementOfAnExerciseIsAnAlertThatReferencesNoInternalOne() throws Exception {
        UUID incidentId = scenario.declaredIncident(true);
        scenario.designate(incidentId, "spokesperson");
        UUID internal = scenario.draft(incidentId, "spokesperson", "Internal drill note " + UUID.randomUUID());
        scenario.publish(incidentId, internal, "spokesperson", Map.of("version", 1))
                .expectStatus()
                .isOk();
        UUID first = scenario.draft(incidentId, "spokesperson", "Public drill notice " + UUID.randomUUID());
        String preview = scenario.as("spokesperson")
                .get()
                .uri("/api/incidents/{id}/statements/{s}/preview?publishExercise=true", incidentId, first)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        JsonNode published = scenario.read(
                scenario.publish(incidentId, first, "spokesperson", Map.of("version", 1, "publishExercise", true))
                        .expectStatus()
                        .isOk());

        assertThat(published.get("msgType").asString()).isEqualTo("Alert");
        assertThat(published.get("references")).isEmpty();
        String publicCap = cap(first);
        CapSchema.validate(publicCap);
        assertThat(publicCap).contains("<msgType>Alert</msgType>").doesNotContain("<references>");
        assertThat(preview).doesNotContain(internal.toString());
        // Internally, a later statement still refers to both.
        UUID next = scenario.draft(incidentId, "spokesperson", "Internal follow-up " + UUID.randomUUID());
        JsonNode internalNext = scenario.read(scenario.publish(incidentId, next, "spokesperson", Map.of("version", 1))
                .expectStatus()
                .isOk());
        assertThat(internalNext.get("references").toString()).contains(internal.toString(), first.toString());
    }

    @Test
    void draftsAndUnknownStatementsHaveNoCap() {
        UUID incidentId = scenario.declaredIncident(false);
        UUID draft = scenario.draft(incidentId, "commander", "Still a draft");
        http.get().uri("/status/cap/{id}.xml", draft).exchange().expectStatus().isNotFound();
        http.get()
                .uri("/status/cap/{id}.xml", UUID.randomUUID())
                .exchange()
                .expectStatus()
                .isNotFound();
        http.get().uri("/status/cap/not-a-uuid.xml").exchange().expectStatus().isBadRequest();
    }

    private WebTestClient.ResponseSpec get(String path) {
        return http.get().uri(path).exchange().expectStatus().isOk();
    }

    private String cap(UUID statementId) {
        byte[] body = get("/status/cap/" + statementId + ".xml")
                .expectHeader()
                .contentTypeCompatibleWith("application/cap+xml")
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        return new String(body, StandardCharsets.UTF_8);
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    private static List<Element> children(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        List<Element> found = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e
                    && ATOM.equals(e.getNamespaceURI())
                    && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent();
    }
}
