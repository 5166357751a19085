package io.muster.gateway.answer;

import static io.muster.gateway.NotificationRequestFixture.openRequestTo;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.AnswerTokenMinter;
import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.NotificationRequestFixture;
import io.muster.gateway.incident.Incidents;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AnswerPageIntegrationTests extends GatewayIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SUBMISSION = Pattern.compile("name=\"submission\" value=\"([^\"]+)\"");

    @Autowired
    private Incidents incidents;

    @Test
    void showsTheAlertWithAButtonPerOptionAndNoExternalAssets() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);

        String page = client.get()
                .uri("/answer/" + tokenFor(request))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(page)
                .contains("<h1>Fire alarm at Riverside</h1>")
                .contains("Evacuate building A now.")
                .contains("<button name=\"answer\" value=\"SAFE\">I am safe</button>")
                .contains("<button name=\"answer\" value=\"NEEDS_HELP\">I need help</button>")
                .contains("name=\"location\"")
                .contains("name=\"comment\"")
                .doesNotContain("<script", "http://", "https://");
    }

    @Test
    void offersTheAlternateSiteOnlyWhenTheRequestDoesAndPublishesThatAnswer() {
        var offered = openRequestTo(newPhoneNumber(), "47").publishedWithAlternateSiteAndIndexed(kafka, openRequests);
        var notOffered = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        String button = "<button name=\"answer\" value=\"AT_ALTERNATE_SITE\">I am at the alternate site</button>";

        assertThat(page(tokenFor(offered))).contains(button);
        assertThat(page(tokenFor(notOffered))).doesNotContain("AT_ALTERNATE_SITE");
        post(tokenFor(offered), "AT_ALTERNATE_SITE", null, null).expectStatus().isOk();

        try (var probe = probe("muster.reply.v1")) {
            JsonNode reply =
                    JSON.readTree(probe.awaitRecord(about(offered), PUBLISHED).value());
            assertThat(reply.get("channel").asString()).isEqualTo("WEB");
            assertThat(reply.get("answer").asString()).isEqualTo("AT_ALTERNATE_SITE");
        }
    }

    private String page(String token) {
        return client.get()
                .uri("/answer/" + token)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    @Test
    void publishesAWebAnswerWithLocationAndCommentOnceHoweverOftenTheSameFormIsPosted() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        String submission = submission(page(tokenFor(request)));

        for (int i = 0; i < 2; i++) {
            post(tokenFor(request), "NEEDS_HELP", "Floor 3, room 12", "Leg <injured>", submission)
                    .expectStatus()
                    .isOk()
                    .expectBody(String.class)
                    .value(page -> assertThat(page).contains("Thank you").contains("NEEDS_HELP"));
        }

        try (var probe = probe("muster.reply.v1")) {
            JsonNode reply =
                    JSON.readTree(probe.awaitRecord(about(request), PUBLISHED).value());
            assertThat(reply.get("channel").asString()).isEqualTo("WEB");
            assertThat(reply.get("answer").asString()).isEqualTo("NEEDS_HELP");
            assertThat(reply.get("location").asString()).isEqualTo("Floor 3, room 12");
            assertThat(reply.get("freeText").asString()).isEqualTo("Leg <injured>");
            assertThat(reply.get("personId").asString())
                    .isEqualTo(request.personId().toString());
            assertThat(probe.recordsWithin(about(request), QUIET)).hasSize(1);
        }
    }

    @Test
    void aChangedAnswerOnThePageAlwaysCountsEvenBackToAnEarlierOne() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        String token = tokenFor(request);

        for (String answer : List.of("NEEDS_HELP", "SAFE", "NEEDS_HELP")) {
            submit(token, answer, null).expectStatus().isOk();
        }

        try (var probe = probe("muster.reply.v1")) {
            probe.awaitRecord(about(request), PUBLISHED);
            assertThat(probe.recordsWithin(about(request), QUIET))
                    .extracting(record ->
                            JSON.readTree(record.value()).get("answer").asString())
                    .containsExactly("NEEDS_HELP", "SAFE", "NEEDS_HELP");
        }
    }

    @Test
    void aNewCommentWithAnUnchangedAnswerCountsAndTheSameSubmissionTwiceOnlyOnce() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        String token = tokenFor(request);

        submit(token, "NEEDS_HELP", "Floor 3").expectStatus().isOk();
        String submission = submission(page(token));
        post(token, "NEEDS_HELP", null, "Floor 4 now", submission)
                .expectStatus()
                .isOk();
        post(token, "NEEDS_HELP", null, "Floor 4 now", submission)
                .expectStatus()
                .isOk();

        try (var probe = probe("muster.reply.v1")) {
            probe.awaitRecord(about(request), PUBLISHED);
            assertThat(probe.recordsWithin(about(request), QUIET))
                    .extracting(record ->
                            JSON.readTree(record.value()).get("freeText").asString())
                    .containsExactly("Floor 3", "Floor 4 now");
        }
    }

    @Test
    void thePageOfAClosedIncidentSaysSoAndRecordsAnAnswerAsLate() {
        var request = openRequestTo(newPhoneNumber(), "47")
                .publishedAndIndexed(kafka, openRequests)
                .closed(kafka, incidents);
        String token = tokenFor(request);

        assertThat(page(token)).contains("This incident has been closed").contains("<button");
        submit(token, "SAFE", null)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(page -> assertThat(page).contains("recorded as a late answer"));

        try (var probe = probe("muster.reply.v1")) {
            JsonNode reply =
                    JSON.readTree(probe.awaitRecord(about(request), PUBLISHED).value());
            assertThat(reply.get("answer").asString()).isEqualTo("SAFE");
            assertThat(reply.get("late").asBoolean()).isTrue();
        }
    }

    @Test
    void aFrenchPersonReadsTheWholePageInFrenchButTheCommandersWords() {
        var request = openRequestTo(newPhoneNumber(), "47")
                .inLocale("fr-FR")
                .publishedAndIndexed(kafka, openRequests)
                .closed(kafka, incidents);
        String token = tokenFor(request);

        assertThat(page(token))
                .contains("<html lang=\"fr\">")
                .contains("Cet incident est clos.")
                .contains("Si Riverside n&#39;est pas utilisable, rendez-vous à Hilltop Depot, 12 Hill Road.")
                .contains("Où êtes-vous ? (facultatif)")
                .contains("<button name=\"answer\" value=\"SAFE\">Je suis en sécurité</button>")
                .doesNotContain("I am safe", "Where are you", "has been closed", "cannot be used", "Latest update");
        submit(token, "NEEDS_HELP", null)
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(page -> assertThat(page)
                        .contains(
                                "Réponse enregistrée : <strong>besoin d&#39;aide</strong> pour Fire alarm at Riverside.")
                        .contains("enregistrée comme tardive"));
    }

    @Test
    void aLinkOpenedBeforeItsRequestIsIndexedWaitsForItInsteadOfCallingItUnknown() {
        var request = openRequestTo(newPhoneNumber(), "47");

        // threads of their own: the page blocks while it waits, and the common pool may have one worker
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<String> opened = CompletableFuture.supplyAsync(() -> page(tokenFor(request)), threads);
            // the request reaches the gateway after the person opened the link
            CompletableFuture.runAsync(
                            () -> request.published(kafka), CompletableFuture.delayedExecutor(2, SECONDS, threads))
                    .join();

            assertThat(opened.join()).contains("<h1>Fire alarm at Riverside</h1>");
        }
    }

    @Test
    void answersAnExpiredLinkWithGoneAndAnUnknownOneWithNotFoundPublishingNothing() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        String expired =
                AnswerTokenMinter.mint(request.notificationId(), Instant.now().minusSeconds(5), SECRET);
        String forged = AnswerTokenMinter.mint(request.notificationId(), request.expiresAt(), "not-our-secret");

        client.get().uri("/answer/" + expired).exchange().expectStatus().isEqualTo(410);
        post(expired, "SAFE", null, null).expectStatus().isEqualTo(410);
        client.get().uri("/answer/" + forged).exchange().expectStatus().isNotFound();
        post(forged, "SAFE", null, null).expectStatus().isNotFound();
        client.get().uri("/answer/garbage").exchange().expectStatus().isNotFound();

        try (var probe = probe("muster.reply.v1")) {
            assertThat(probe.recordsWithin(about(request), QUIET)).isEmpty();
        }
    }

    @Test
    void escapesWhatTheAlertSays() {
        var request = new NotificationRequestFixture(
                        java.util.UUID.randomUUID(),
                        java.util.UUID.randomUUID(),
                        java.util.UUID.randomUUID(),
                        newPhoneNumber(),
                        "47",
                        "<script>alert(1)</script>",
                        false,
                        Instant.now().plusSeconds(3600),
                        "en")
                .publishedAndIndexed(kafka, openRequests);

        client.get()
                .uri("/answer/" + tokenFor(request))
                .exchange()
                .expectBody(String.class)
                .value(page ->
                        assertThat(page).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void rejectsAnAnswerTheAlertDoesNotOffer() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);

        post(tokenFor(request), "MAYBE", null, null).expectStatus().isBadRequest();

        try (var probe = probe("muster.reply.v1")) {
            assertThat(probe.recordsWithin(about(request), QUIET)).isEmpty();
        }
    }

    /** What a browser does: open the page, then post its form (with the page's submission id, if it has one). */
    private WebTestClient.ResponseSpec submit(String token, String answer, String comment) {
        return post(token, answer, null, comment, submission(page(token)));
    }

    private static String submission(String page) {
        Matcher field = SUBMISSION.matcher(page);
        return field.find() ? field.group(1) : null;
    }

    private WebTestClient.ResponseSpec post(String token, String answer, String location, String comment) {
        return post(token, answer, location, comment, null);
    }

    private WebTestClient.ResponseSpec post(
            String token, String answer, String location, String comment, String submission) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("answer", answer);
        if (submission != null) {
            form.add("submission", submission);
        }
        if (location != null) {
            form.add("location", location);
        }
        if (comment != null) {
            form.add("comment", comment);
        }
        return client.post()
                .uri("/answer/" + token)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form))
                .exchange();
    }

    private static Predicate<ConsumerRecord<String, String>> about(NotificationRequestFixture request) {
        return record -> record.value().contains(request.notificationId().toString());
    }
}
