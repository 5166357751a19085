package io.muster.gateway.answer;

import static io.muster.gateway.NotificationRequestFixture.openRequestTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.AnswerTokenMinter;
import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.NotificationRequestFixture;
import java.time.Instant;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AnswerPageIntegrationTests extends GatewayIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
    void publishesAWebAnswerWithLocationAndCommentOnceHoweverOftenItIsPosted() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);

        for (int i = 0; i < 2; i++) {
            post(tokenFor(request), "NEEDS_HELP", "Floor 3, room 12", "Leg <injured>")
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

    private WebTestClient.ResponseSpec post(String token, String answer, String location, String comment) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("answer", answer);
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
