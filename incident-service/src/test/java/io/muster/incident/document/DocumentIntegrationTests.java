package io.muster.incident.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.OperationsFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.StatusAssertions;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import tools.jackson.databind.json.JsonMapper;

@IncidentServiceIntegrationTest
class DocumentIntegrationTests {

    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;
    private static final String TEAM = OperationsFixtures.TEAM;

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    JsonMapper json;

    @Autowired
    PasswordEncoder encoder;

    private OperationsFixtures operations;
    private String type;

    @BeforeEach
    void freshType() {
        http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        operations = new OperationsFixtures(http, db, json).withTeamLogin(encoder);
        type = operations.newType("PT8H");
    }

    @Test
    void uploadingTheSameNameAgainKeepsBothVersions() {
        byte[] first = SampleDocuments.pdf("Recovery steps v1");
        byte[] second = SampleDocuments.pdf("Recovery steps v2");
        upload(TEAM, "recovery plan.pdf", first)
                .isCreated()
                .expectBody()
                .jsonPath("$.version")
                .isEqualTo(1)
                .jsonPath("$.contentType")
                .isEqualTo("application/pdf");
        upload("admin", "recovery plan.pdf", second)
                .isCreated()
                .expectBody()
                .jsonPath("$.version")
                .isEqualTo(2);

        get(TEAM, "/api/incident-types/" + type + "/documents")
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(1)
                .jsonPath("$[0].version")
                .isEqualTo(2)
                .jsonPath("$[0].size")
                .isEqualTo(second.length);
        get("commander", "/api/incident-types/" + type + "/documents/recovery plan.pdf/versions")
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(2);
        assertThat(download("/api/incident-types/" + type + "/documents/recovery plan.pdf/versions/1"))
                .isEqualTo(first);
        assertThat(download("/api/incident-types/" + type + "/documents/recovery plan.pdf"))
                .isEqualTo(second);
    }

    @Test
    void theIncidentShowsTheDocumentsOfItsType() {
        upload(TEAM, "vendors.md", "# Vendors\n\n* Glazier: call 555-0100\n".getBytes(StandardCharsets.UTF_8))
                .isCreated()
                .expectBody()
                .jsonPath("$.contentType")
                .isEqualTo("text/markdown; charset=utf-8");
        upload(TEAM, "plan.docx", SampleDocuments.docx()).isCreated();
        upload(TEAM, "contacts.xlsx", SampleDocuments.xlsx()).isCreated();
        upload(TEAM, "notes.odt", SampleDocuments.odt()).isCreated();
        upload(TEAM, "readme.txt", "plain words".getBytes(StandardCharsets.UTF_8))
                .isCreated();
        UUID incident = operations.declare(type);

        get("commander", "/api/incidents/" + incident + "/documents")
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(5)
                .jsonPath("$[?(@.name == 'plan.docx')].contentType")
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void contentThatIsNotWhatItsNameSaysIsRefused() {
        byte[] executable = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        upload(TEAM, "plan.pdf", executable)
                .isEqualTo(415)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:unsupported-document-type");
        upload(TEAM, "plan.pdf", "just text".getBytes(StandardCharsets.UTF_8)).isEqualTo(415);
        upload(TEAM, "plan.docx", SampleDocuments.xlsx()).isEqualTo(415);
        upload(TEAM, "script.html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))
                .isEqualTo(415);
        upload(TEAM, "plan.txt", executable).isEqualTo(415);
        get(TEAM, "/api/incident-types/" + type + "/documents")
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(0);
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefused() {
        byte[] big = SampleDocuments.text(10 * 1024 * 1024 + 1);
        upload(TEAM, "big.txt", big)
                .isEqualTo(413)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:document-too-large");
        upload(TEAM, "bigger.txt", SampleDocuments.text(11 * 1024 * 1024)).isEqualTo(413);
        upload(TEAM, "limit.txt", SampleDocuments.text(10 * 1024 * 1024)).isCreated();
    }

    @Test
    void aZipBombIsRefusedAtOnceWithoutBeingInflated() {
        byte[] bomb = SampleDocuments.docxBomb(3500); // 3.6 MB that inflate to 3.5 GB
        long started = System.nanoTime();

        upload(TEAM, "plan.docx", bomb)
                .isEqualTo(415)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:unsupported-document-type");
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.println("A 3.6 MB zip bomb was refused in " + took.toMillis() + " ms");
        assertThat(took).isLessThan(Duration.ofSeconds(5));
        get(TEAM, "/api/incident-types/" + type + "/documents")
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(0);
    }

    @Test
    void anUploadWithMorePartsThanAllowedIsRefusedAndNothingIsStored() {
        var body = new MultipartBodyBuilder();
        body.part("file", SampleDocuments.pdf("x"))
                .filename("plan.pdf")
                .contentType(MediaType.APPLICATION_OCTET_STREAM);
        for (int i = 0; i < 10; i++) {
            body.part("file", SampleDocuments.text(1000))
                    .filename("more-" + i + ".txt")
                    .contentType(MediaType.TEXT_PLAIN);
        }
        http.post()
                .uri("/api/incident-types/{code}/documents", type)
                .headers(h -> h.setBasicAuth(TEAM, PASSWORD))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:too-many-parts");
        get(TEAM, "/api/incident-types/" + type + "/documents")
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(0);
    }

    @Test
    void onlyTheTeamCommandersAndAdminsSeeDocuments() {
        upload(TEAM, "plan.pdf", SampleDocuments.pdf("x")).isCreated();
        upload("hr", "other.pdf", SampleDocuments.pdf("x")).isForbidden();
        get("hr", "/api/incident-types/" + type + "/documents").isForbidden();
        get("spokesperson", "/api/incident-types/" + type + "/documents/plan.pdf")
                .isForbidden();
        get("employee", "/api/incident-types/" + type + "/documents/plan.pdf/versions/1")
                .isForbidden();
        get(TEAM, "/api/incident-types/" + type + "/documents/missing.pdf").isNotFound();
        get(TEAM, "/api/incident-types/NO_SUCH_TYPE/documents").isNotFound();
    }

    @Test
    void anUploadWithoutAFilePartIsABadRequest() {
        var body = new MultipartBodyBuilder();
        body.part("other", "value");
        http.post()
                .uri("/api/incident-types/{code}/documents", type)
                .headers(h -> h.setBasicAuth(TEAM, PASSWORD))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    private StatusAssertions upload(String login, String fileName, byte[] bytes) {
        var body = new MultipartBodyBuilder();
        body.part("file", bytes).filename(fileName).contentType(MediaType.APPLICATION_OCTET_STREAM);
        return http.post()
                .uri("/api/incident-types/{code}/documents", type)
                .headers(h -> h.setBasicAuth(login, PASSWORD))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchange()
                .expectStatus();
    }

    private StatusAssertions get(String login, String path) {
        return http.get()
                .uri(path)
                .headers(h -> h.setBasicAuth(login, PASSWORD))
                .exchange()
                .expectStatus();
    }

    private byte[] download(String path) {
        return http.get()
                .uri(path)
                .headers(h -> h.setBasicAuth(TEAM, PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader()
                .value("Content-Disposition", d -> assertThat(d).startsWith("attachment"))
                .expectBody()
                .returnResult()
                .getResponseBody();
    }
}
