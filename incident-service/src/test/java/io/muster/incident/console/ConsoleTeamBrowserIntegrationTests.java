package io.muster.incident.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.muster.contracts.ContractSamples;
import io.muster.incident.Fixtures;
import io.muster.incident.Fixtures.TestPerson;
import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.testkit.Browser;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The incident team's page in a real headless Chromium: tasks, status log and sitreps, documents
 * and hotline messages, as the demo user {@code team}. Its own context: the recording base URL
 * names a local HTTP server standing in for the provider's recordings.
 */
@IncidentServiceIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ConsoleTeamBrowserIntegrationTests {

    private static final String PASSWORD = IncidentServiceIntegrationTest.PASSWORD;
    private static final String RECORDINGS = "/2010-04-01/Accounts/ACteam/Recordings/";
    private static final String RECORDING = "RE" + "0123456789abcdef".repeat(2);
    /** The demo directory's role of the login {@code team}'s person (E002). */
    private static final String TEAM_ROLE = "Incident Team";

    private static final ZoneId VIEWER_ZONE = ZoneId.of("America/New_York");
    private static final byte[] WAV = silentWav(4000);
    private static final List<String> recordingRequests = new CopyOnWriteArrayList<>();
    private static HttpServer recordings;

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcClient db;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JsonMapper json;

    private Browser browser;

    @BeforeAll
    static void recordingServer() throws IOException {
        recordings = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        recordings.createContext("/", exchange -> {
            recordingRequests.add(exchange.getRequestURI().getPath());
            boolean known = exchange.getRequestURI().getPath().equals(RECORDINGS + RECORDING);
            exchange.getResponseHeaders().set("Content-Type", known ? "audio/x-wav" : "text/plain");
            exchange.sendResponseHeaders(known ? 200 : 404, known ? WAV.length : -1);
            if (known) {
                exchange.getResponseBody().write(WAV);
            }
            exchange.close();
        });
        recordings.start();
    }

    @AfterAll
    static void stopRecordingServer() {
        recordings.stop(0);
    }

    @DynamicPropertySource
    static void recordingBase(DynamicPropertyRegistry registry) {
        registry.add("muster.hotline.recording-base-url", () -> recordingsBase() + "/2010-04-01/Accounts/");
        registry.add("muster.hotline.account-sid", () -> "ACteam");
    }

    @BeforeEach
    void client() {
        http = http.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theTeamCreatesAnAssignedTaskDueInTheirOwnZoneCommentsReassignsAndMarksItDone() {
        TestPerson person = newPerson();
        UUID incidentId = declare("GENERAL", person);
        needsHelp(incidentId, person);
        await().atMost(Duration.ofSeconds(20)).until(() -> tasks(incidentId).size() == 1);
        LocalDateTime due = LocalDateTime.now(VIEWER_ZONE).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
        String title =
                "Call the fire brigade liaison " + UUID.randomUUID().toString().substring(0, 6);

        openTeamPage(1280, 900, incidentId, "tasks");
        WebElement helpTask = browser.await(By.cssSelector("article.team-task[data-help=true]"));
        assertThat(browser.driver().findElements(By.cssSelector(".team-search")))
                .as("the team cannot read the directory, so it is not offered a search of it")
                .isEmpty();
        assertThat(helpTask.getText()).contains("Needs help: " + name(person));
        browser.type(By.name("task-title"), title);
        browser.type(By.name("task-description"), "Agree where the engines stop.");
        new Select(browser.driver().findElement(By.cssSelector("form[data-form=new-task] select[data-owner]")))
                .selectByVisibleText(name(person));
        setValue(By.name("task-due"), due.toString());
        browser.driver()
                .findElement(By.cssSelector("form[data-form=new-task] button[type=submit]"))
                .click();

        WebElement card = browser.await(card(title));
        assertThat(card.getAttribute("data-overdue")).isEqualTo("true");
        assertThat(card.findElement(By.cssSelector(".badge.overdue")).getText()).isEqualTo("Overdue");
        assertThat(card.findElement(By.cssSelector("[data-owner-name]")).getText())
                .isEqualTo("Assigned to " + name(person));
        js("window.scrollTo(0, 0);");
        browser.screenshot("team-tasks");

        card.findElement(By.tagName("summary")).click();
        browser.type(within(title, "form[data-form=comment] textarea"), "Liaison reached, on the way.");
        browser.driver()
                .findElement(within(title, "form[data-form=comment] button"))
                .click();
        browser.awaitText(within(title, "[data-comment] p"), "Liaison reached, on the way.");

        String teamPerson = teamPersonId();
        new Select(browser.driver().findElement(within(title, "form[data-form=assign] select")))
                .selectByValue("person:" + teamPerson);
        browser.driver()
                .findElement(within(title, "form[data-form=assign] button"))
                .click();
        browser.await(By.xpath("//article[.//h3[contains(., '" + title
                + "')]]//*[@data-owner-name][starts-with(., 'Assigned to you')]"));

        browser.driver().findElement(within(title, "button[data-action=done]")).click();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> browser.driver().findElements(card(title)).isEmpty());
        new Select(browser.driver().findElement(By.cssSelector("select[data-filter=status]"))).selectByValue("all");
        assertThat(browser.await(card(title)).getAttribute("data-status")).isEqualTo("DONE");

        JsonNode stored = task(incidentId, title);
        assertThat(stored.get("status").asString()).isEqualTo("DONE");
        assertThat(stored.get("ownerPersonId").asString()).isEqualTo(teamPerson);
        assertThat(Instant.parse(stored.get("dueAt").asString()))
                .isEqualTo(due.atZone(VIEWER_ZONE).toInstant());
        assertThat(stored.get("comments").get(0).get("body").asString()).isEqualTo("Liaison reached, on the way.");
        assertThat(stored.get("comments").get(0).get("author").asString()).isEqualTo("team");
    }

    @Test
    void aCommanderFindsTheAssigneeInTheDirectory() {
        UUID incidentId = declare("GENERAL", newPerson());
        TestPerson outsider = newPerson();
        String title = "Open the east gate " + UUID.randomUUID().toString().substring(0, 6);

        openTeamPage("commander", 1280, 900, incidentId, "tasks");
        browser.type(By.name("task-title"), title);
        browser.type(By.cssSelector("form[data-form=new-task] .team-search input[type=search]"), outsider.employeeId());
        browser.driver()
                .findElement(By.cssSelector("form[data-form=new-task] .team-search button"))
                .click();
        browser.await(By.cssSelector("form[data-form=new-task] option[value='person:" + outsider.id() + "']"));
        assertThat(new Select(browser.driver()
                                .findElement(By.cssSelector("form[data-form=new-task] select[data-owner]")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo(name(outsider));
        browser.driver()
                .findElement(By.cssSelector("form[data-form=new-task] button[type=submit]"))
                .click();

        assertThat(browser.await(card(title))
                        .findElement(By.cssSelector("[data-owner-name]"))
                        .getText())
                .isEqualTo("Assigned to " + name(outsider));
        JsonNode stored = task(incidentId, title);
        assertThat(stored.get("ownerPersonId").asString())
                .isEqualTo(outsider.id().toString());
        assertThat(stored.get("createdBy").asString()).isEqualTo("commander");
    }

    @Test
    void theTeamPostsStatusUpdatesAndASitrepAndSeesThemNewestFirstWithTheCadence() {
        UUID incidentId = declare("GENERAL", newPerson());
        patchIncident(incidentId, Map.of("sitrepEvery", "PT30M", "comment", "Sitreps every half hour"));

        openTeamPage(1280, 900, incidentId, "log");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> d.findElement(By.cssSelector("[data-sitrep-cadence]"))
                        .getText()
                        .startsWith("A situation report is due every 30 minutes. The next is due "));
        postStatusUpdate("Smoke cleared on floor 2.");
        browser.awaitText(By.cssSelector("[data-list=status-updates] li:first-child p"), "Smoke cleared on floor 2.");
        postStatusUpdate("Floor 2 reopened for staff.");
        browser.awaitText(By.cssSelector("[data-list=status-updates] li:first-child p"), "Floor 2 reopened for staff.");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[data-list=status-updates] li:nth-child(2) p"))
                        .getText())
                .isEqualTo("Smoke cleared on floor 2.");

        browser.driver()
                .findElement(By.xpath("//summary[.='Write a situation report']"))
                .click();
        browser.type(By.name("conditions"), "Contained to floor 2.");
        browser.type(By.name("actions"), "Ventilating.");
        browser.type(By.name("needs"), "Two more fans.");
        browser.driver()
                .findElement(By.cssSelector("form[data-form=sitrep] button[type=submit]"))
                .click();
        browser.await(By.cssSelector("[data-list=sitreps] article.team-sitrep"));
        assertThat(browser.driver()
                        .findElement(By.cssSelector("[data-sitrep-cadence]"))
                        .getText())
                .startsWith("A situation report is due every 30 minutes. The next is due ")
                .doesNotContain("overdue");
        js("window.scrollTo(0, 0);");
        browser.screenshot("team-status-log");

        JsonNode updates = read("team", "/api/incidents/" + incidentId + "/status-updates");
        assertThat(updates.get(0).get("text").asString()).isEqualTo("Floor 2 reopened for staff.");
        assertThat(updates.get(0).get("postedBy").asString()).isEqualTo("team");
        assertThat(read("team", "/api/incidents/" + incidentId + "/sitreps")
                        .get(0)
                        .get("needs")
                        .asString())
                .isEqualTo("Two more fans.");
    }

    @Test
    void theTeamUploadsANewVersionOfADocumentAndDownloadsIt() throws Exception {
        String type = newIncidentType();
        upload(type, "evacuation-plan.txt", "Version 1: leave by the west stairs.");
        UUID incidentId = declare(type, newPerson());
        Path file = Files.createTempDirectory("team-docs").resolve("evacuation-plan.txt");
        Files.writeString(file, "Version 2: leave by the east stairs.");

        Path disguised = file.resolveSibling("floor-plan.pdf");
        Files.writeString(disguised, "not a PDF at all");

        openTeamPage(1280, 900, incidentId, "documents");
        browser.await(By.cssSelector("[data-document='evacuation-plan.txt'][data-version='1']"));
        browser.driver()
                .findElement(By.cssSelector("form[data-form=upload] input[type=file]"))
                .sendKeys(disguised.toString());
        browser.driver()
                .findElement(By.cssSelector("form[data-form=upload] button[type=submit]"))
                .click();
        assertThat(browser.await(By.id("message")).getText()).contains("but the name says");
        assertThat(browser.driver().findElements(By.cssSelector("[data-document='floor-plan.pdf']")))
                .isEmpty();
        setValue(By.cssSelector("form[data-form=upload] input[type=file]"), "");
        browser.driver()
                .findElement(By.cssSelector("form[data-form=upload] input[type=file]"))
                .sendKeys(file.toString());
        browser.driver()
                .findElement(By.cssSelector("form[data-form=upload] button[type=submit]"))
                .click();
        browser.await(By.cssSelector("[data-document='evacuation-plan.txt'][data-version='2'] button"))
                .click();

        WebElement saved = browser.await(By.cssSelector("[data-version='2'] a[data-saved]"));
        assertThat(saved.getAttribute("href")).startsWith("blob:");
        assertThat(saved.getAttribute("download")).isEqualTo("evacuation-plan.txt");
        assertThat(((JavascriptExecutor) browser.driver())
                        .executeAsyncScript(
                                "fetch(arguments[0]).then(r => r.text()).then(arguments[1])",
                                saved.getAttribute("href")))
                .isEqualTo("Version 2: leave by the east stairs.");
        browser.driver()
                .findElement(By.cssSelector("button[data-action=versions]"))
                .click();
        browser.await(By.cssSelector("[data-document='evacuation-plan.txt'][data-version='1'] button"));
        browser.screenshot("team-documents");
    }

    @Test
    void aHotlineMessageIsListedWithItsCallerAndPlaysOnAPhoneSizedScreen() {
        TestPerson person = newPerson();
        UUID incidentId = declare("GENERAL", person);
        publishHotlineMessage(incidentId, person, recordingsBase() + RECORDINGS + RECORDING);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> read("team", "/api/incidents/" + incidentId + "/hotline-messages")
                                .size()
                        == 1);

        openTeamPage(360, 740, incidentId, "hotline");
        WebElement caller = browser.await(By.cssSelector("[data-caller='" + person.id() + "']"));
        assertThat(caller.getText()).startsWith(name(person)).contains("Identified");
        assertThat(browser.driver().findElement(By.cssSelector("main table")).getText())
                .contains("*".repeat(person.phone().length() - 2)
                        + person.phone().substring(person.phone().length() - 2))
                .contains("12 s");
        browser.driver()
                .findElement(By.cssSelector("button[data-action=listen]"))
                .click();

        WebElement audio = browser.await(By.cssSelector(".team-player audio[controls]"));
        assertThat(audio.getAttribute("src")).startsWith("blob:");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> (Boolean) js(
                "const a = arguments[0]; return a.error === null && a.readyState >= 1"
                        + " && a.duration > 0.4 && a.duration < 0.6;",
                audio));
        assertThat(recordingRequests).contains(RECORDINGS + RECORDING);
        assertThat((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth;"))
                .isTrue();
        browser.screenshot("team-hotline");
    }

    @Test
    void hrOpensTheHotlineMessagesOfAnIncidentFromTheConsole() {
        TestPerson person = newPerson();
        UUID incidentId = declare("GENERAL", person);
        publishHotlineMessage(incidentId, person, recordingsBase() + RECORDINGS + RECORDING);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> read("hr", "/api/incidents/" + incidentId + "/hotline-messages")
                                .size()
                        == 1);

        openTeamPage("hr", 1280, 900, incidentId, "hotline");

        WebElement caller = browser.await(By.cssSelector("[data-caller='" + person.id() + "']"));
        assertThat(caller.getText()).startsWith(name(person));
        assertThat(browser.driver().findElements(By.cssSelector("[data-team-tab=documents]")))
                .as("HR does not see response documents")
                .isEmpty();
        browser.driver()
                .findElement(By.cssSelector("button[data-action=listen]"))
                .click();
        browser.await(By.cssSelector(".team-player audio[controls]"));
        browser.screenshot("team-hotline-hr");
    }

    @Test
    void aTeamMemberSeesAVoiceMessageForTheirTeamAndListensToIt() {
        TestPerson caller = newPerson();
        UUID member = UUID.fromString(teamPersonId());
        UUID incidentId = declare("GENERAL", caller.id(), member);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> db.sql("SELECT count(*) FROM recipients WHERE incident_id = ?")
                                .param(incidentId)
                                .query(Integer.class)
                                .single()
                        == 2);
        publishTeamVoiceMessage(incidentId, caller, TEAM_ROLE, recordingsBase() + RECORDINGS + RECORDING);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> read("team", "/api/incidents/" + incidentId + "/voice-messages")
                                .size()
                        == 1);

        openTeamPage(1280, 900, incidentId, "voice");
        WebElement team = browser.await(By.cssSelector("[data-team='" + TEAM_ROLE + "']"));
        assertThat(team.getText()).isEqualTo("Team " + TEAM_ROLE + " 1 in this incident");
        WebElement row = browser.driver().findElement(By.cssSelector("main tbody tr"));
        assertThat(row.getText())
                .startsWith("Test " + caller.employeeId())
                .contains("9 s")
                .contains("not yet")
                .doesNotContainIgnoringCase("null")
                .doesNotContain("undefined");
        browser.screenshot("team-voice-messages");
        WebElement listen = row.findElement(By.cssSelector("button[data-action=listen]"));
        assertThat(listen.getAttribute("aria-label")).startsWith("Listen to the voice message left ");
        listen.click();

        WebElement audio = browser.await(By.cssSelector(".team-player audio[controls]"));
        assertThat(audio.getAttribute("src")).startsWith("blob:");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> (Boolean) js(
                "const a = arguments[0]; return a.error === null && a.readyState >= 1"
                        + " && a.duration > 0.4 && a.duration < 0.6;",
                audio));
    }

    // --- the browser

    private void openTeamPage(int width, int height, UUID incidentId, String section) {
        openTeamPage("team", width, height, incidentId, section);
    }

    private void openTeamPage(String login, int width, int height, UUID incidentId, String section) {
        browser = new Browser(port, width, height);
        ((ChromeDriver) browser.driver())
                .executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", VIEWER_ZONE.getId()));
        browser.signIn(login, PASSWORD);
        // the list the sign-in lands on, drawn: else its late drawing can replace the page opened next
        browser.awaitText(By.cssSelector("main h1"), "Incidents");
        browser.open("incidents/" + incidentId + "/team/" + section);
        browser.await(By.cssSelector("[data-team-tab=" + section + "][aria-current=page]"));
        assertThat(js("return Intl.DateTimeFormat().resolvedOptions().timeZone;"))
                .isEqualTo(VIEWER_ZONE.getId());
    }

    private void postStatusUpdate(String text) {
        browser.type(By.name("status-update"), text);
        browser.driver()
                .findElement(By.cssSelector("form[data-form=status-update] button[type=submit]"))
                .click();
    }

    private static By card(String title) {
        return By.xpath("//article[contains(@class, 'team-task')][.//h3[contains(., '" + title + "')]]");
    }

    private static By within(String title, String css) {
        return new By() {
            @Override
            public List<WebElement> findElements(org.openqa.selenium.SearchContext context) {
                return context.findElement(card(title)).findElements(By.cssSelector(css));
            }
        };
    }

    private void setValue(By field, String value) {
        js(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                browser.driver().findElement(field),
                value);
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    // --- the data, through the API and the topics as in production

    private TestPerson newPerson() {
        return new Fixtures(db)
                .person(Fixtures.freshRole(), "+1555" + (1_000_000 + (int) (Math.random() * 8_999_999)), false);
    }

    private static String name(TestPerson person) {
        return "Test " + person.employeeId() + " (" + person.employeeId() + ")";
    }

    private UUID declare(String type, TestPerson person) {
        return declare(type, person.id());
    }

    private UUID declare(String type, UUID... people) {
        JsonNode created = json.readTree(http.post()
                .uri("/api/incidents")
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "title",
                        "Team page " + UUID.randomUUID().toString().substring(0, 8),
                        "message",
                        "Smoke on floor 2.",
                        "severity",
                        "MODERATE",
                        "incidentType",
                        type,
                        "notify",
                        Map.of("personIds", List.of(people))))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .returnResult()
                .getResponseBody());
        return UUID.fromString(created.get("id").asString());
    }

    private String newIncidentType() {
        String code = "TEAM"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        http.post()
                .uri("/api/incident-types")
                .headers(h -> h.setBasicAuth("admin", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", code, "name", "Type " + code))
                .exchange()
                .expectStatus()
                .isCreated();
        return code;
    }

    private void upload(String type, String name, String content) {
        var body = new MultipartBodyBuilder();
        body.part("file", content.getBytes(StandardCharsets.UTF_8))
                .filename(name)
                .contentType(MediaType.APPLICATION_OCTET_STREAM);
        http.post()
                .uri("/api/incident-types/{code}/documents", type)
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(body.build()))
                .exchange()
                .expectStatus()
                .isCreated();
    }

    private void patchIncident(UUID incidentId, Map<String, Object> change) {
        http.patch()
                .uri("/api/incidents/{id}", incidentId)
                .headers(h -> h.setBasicAuth("commander", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(change)
                .exchange()
                .expectStatus()
                .isOk();
    }

    /** The person answers NEEDS_HELP, as the gateway would publish it: an automatic task follows. */
    private void needsHelp(UUID incidentId, TestPerson person) {
        UUID notification = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> db.sql("SELECT notification_id FROM recipients WHERE incident_id = ? AND person_id = ?")
                                .params(incidentId, person.id())
                                .query(UUID.class)
                                .optional()
                                .orElse(null),
                        java.util.Objects::nonNull);
        ObjectNode reply = (ObjectNode) json.readTree(ContractSamples.json("ReplyReceived", 1));
        reply.put("eventId", UUID.randomUUID().toString());
        reply.put("incidentId", incidentId.toString());
        reply.put("notificationId", notification.toString());
        reply.put("personId", person.id().toString());
        reply.put("answer", "NEEDS_HELP");
        reply.put("occurredAt", Instant.now().toString());
        kafka.send("muster.reply.v1", incidentId.toString(), reply.toString()).join();
    }

    private void publishHotlineMessage(UUID incidentId, TestPerson person, String recordingUrl) {
        ObjectNode event = (ObjectNode) json.readTree(ContractSamples.json("HotlineMessageRecorded", 1));
        event.put("eventId", UUID.randomUUID().toString());
        event.put("incidentId", incidentId.toString());
        event.put("personId", person.id().toString());
        event.put("callerNumber", person.phone());
        event.put("recordingUrl", recordingUrl);
        event.put("occurredAt", Instant.now().toString());
        kafka.send("muster.reply.v1", incidentId.toString(), event.toString()).join();
    }

    /** A caller left a message for a team on the hotline, as the gateway publishes it on the replies topic. */
    private void publishTeamVoiceMessage(UUID incidentId, TestPerson caller, String role, String recordingUrl) {
        ObjectNode event = (ObjectNode) json.readTree(ContractSamples.json("VoiceMessageLeft", 1, "team"));
        event.put("eventId", UUID.randomUUID().toString());
        event.put("incidentId", incidentId.toString());
        event.put("fromPersonId", caller.id().toString());
        event.put("toRole", role);
        event.put("recordingUrl", recordingUrl);
        event.put("durationSeconds", 9);
        event.put("occurredAt", Instant.now().toString());
        kafka.send("muster.reply.v1", incidentId.toString(), event.toString()).join();
    }

    private List<JsonNode> tasks(UUID incidentId) {
        return read("team", "/api/incidents/" + incidentId + "/tasks")
                .valueStream()
                .toList();
    }

    private JsonNode task(UUID incidentId, String title) {
        JsonNode listed = tasks(incidentId).stream()
                .filter(t -> t.get("title").asString().equals(title))
                .findFirst()
                .orElseThrow();
        return read(
                "team",
                "/api/incidents/" + incidentId + "/tasks/" + listed.get("id").asString());
    }

    private String teamPersonId() {
        return read("team", "/api/session").get("personId").asString();
    }

    private JsonNode read(String login, String path) {
        return json.readTree(http.get()
                .uri(path)
                .headers(h -> h.setBasicAuth(login, PASSWORD))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .returnResult()
                .getResponseBody());
    }

    private static String recordingsBase() {
        return "http://127.0.0.1:" + recordings.getAddress().getPort();
    }

    /** A real RIFF/WAVE file: 8 kHz mono 16-bit near-silence (samples / 8000 seconds long). */
    private static byte[] silentWav(int samples) {
        int data = samples * 2;
        ByteBuffer wav = ByteBuffer.allocate(44 + data).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII))
                .putInt(36 + data)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII));
        wav.put("fmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16)
                .putShort((short) 1)
                .putShort((short) 1);
        wav.putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16);
        wav.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(data);
        for (int i = 0; i < samples; i++) {
            wav.putShort((short) (i % 7 == 0 ? 3 : 0));
        }
        return wav.array();
    }
}
