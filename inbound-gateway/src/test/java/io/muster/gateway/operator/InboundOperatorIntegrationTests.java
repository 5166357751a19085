package io.muster.gateway.operator;

import static io.muster.gateway.NotificationRequestFixture.openRequestTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.GatewayIntegrationTest;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The operator's list of what could not be correlated, and attaching an entry by hand. */
class InboundOperatorIntegrationTests extends GatewayIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void listsAnUncorrelatedReplyWithTheNumberMaskedToItsLastTwoDigits() {
        String phone = newPhoneNumber();
        String sid = uncorrelatedSms(phone, "I am stuck in the lift");

        String body = as("commander")
                .get()
                .uri("/api/inbound?correlated=false&size=100")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        JsonNode item = itemWithText(JSON.readTree(body), "I am stuck in the lift");
        assertThat(item.get("from").asString()).isEqualTo("+*********" + phone.substring(phone.length() - 2));
        assertThat(item.get("reason").asString()).isEqualTo("UNMATCHED");
        assertThat(item.get("kind").asString()).isEqualTo("SMS_REPLY");
        assertThat(item.get("correlated").asBoolean()).isFalse();
        assertThat(body).doesNotContain(phone).doesNotContain(sid);
    }

    @Test
    void attachesAnUncorrelatedReplyToARequestAndPublishesItWithChannelOperatorOnce() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        uncorrelatedSms(newPhoneNumber(), "Ada here, on my colleague's phone: fine");
        long id = entryWithText("Ada here, on my colleague's phone: fine");
        var attachment = Map.of(
                "personId",
                request.personId().toString(),
                "notificationId",
                request.notificationId().toString(),
                "answer",
                "1",
                "comment",
                "Ada texted from a colleague's phone");

        attach("operator", id, attachment)
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.attachedBy")
                .isEqualTo("operator")
                .jsonPath("$.correlated")
                .isEqualTo(true)
                .jsonPath("$.notificationId")
                .isEqualTo(request.notificationId().toString());
        attach("hr", id, attachment)
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:already-correlated");

        try (var probe = probe("muster.reply.v1")) {
            Predicate<ConsumerRecord<String, String>> about =
                    r -> r.value().contains(request.notificationId().toString());
            JsonNode event = JSON.readTree(probe.awaitRecord(about, PUBLISHED).value());
            assertThat(event.get("channel").asString()).isEqualTo("OPERATOR");
            assertThat(event.get("answer").asString()).isEqualTo("SAFE");
            assertThat(event.get("attachedBy").asString()).isEqualTo("operator");
            assertThat(event.get("rawAnswer").asString()).isEqualTo("Ada here, on my colleague's phone: fine");
            assertThat(event.get("freeText").asString()).isEqualTo("Ada texted from a colleague's phone");
            assertThat(event.get("personId").asString())
                    .isEqualTo(request.personId().toString());
            assertThat(probe.recordsWithin(about, QUIET)).hasSize(1);
        }
    }

    @Test
    void refusesAnAttachmentThatDoesNotFitTheRequestAndChangesNothing() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        String sid = uncorrelatedSms(newPhoneNumber(), "which alert is this");
        long id = entryWithText("which alert is this");
        String notification = request.notificationId().toString();

        attach("operator", id, Map.of("notificationId", notification))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:validation")
                .jsonPath("$.errors[0].field")
                .isEqualTo("personId");
        attach("operator", id, Map.of("personId", notification, "notificationId", notification, "answer", "SAFE"))
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:person-mismatch");
        String person = request.personId().toString();
        attach("operator", id, Map.of("personId", person, "notificationId", notification, "answer", "9"))
                .expectStatus()
                .isEqualTo(422)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:answer-not-offered");
        attach("operator", 987_654_321L, Map.of("personId", person, "notificationId", notification, "answer", "1"))
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:inbound-not-found");
        as("operator")
                .post()
                .uri("/api/inbound/" + id + "/attach")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{not json")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(loggedOutcomes(sid)).containsExactly("false UNMATCHED");
    }

    @Test
    void answersWithoutCredentialsWithAnUnauthenticatedProblem() {
        client.get()
                .uri("/api/inbound")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueMatches("WWW-Authenticate", "Basic.*")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:unauthenticated");
        client.get()
                .uri("/api/inbound")
                .headers(h -> h.setBasicAuth("operator", "wrong"))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void forbidsACommanderToAttachWithAForbiddenProblem() {
        attach("commander", 1, Map.of())
                .expectStatus()
                .isForbidden()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:forbidden");
    }

    @Test
    void refusesAPageSizeOverTheLimit() {
        as("hr").get()
                .uri("/api/inbound?size=1000")
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:bad-request");
        as("hr").get()
                .uri("/api/inbound?correlated=maybe")
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void leavesHealthOpenWithoutCredentials() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    private String uncorrelatedSms(String from, String text) {
        String sid = newMessageSid();
        var params = Map.of("MessageSid", sid, "From", from, "To", "+15550009999", "Body", text);
        postSigned("/webhooks/twilio/sms/inbound", params, TOKEN).expectStatus().isOk();
        return sid;
    }

    private long entryWithText(String text) {
        String body = as("operator")
                .get()
                .uri("/api/inbound?correlated=false&size=100")
                .exchange()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return itemWithText(JSON.readTree(body), text).get("id").asLong();
    }

    private static JsonNode itemWithText(JsonNode page, String text) {
        for (JsonNode item : page.get("items")) {
            if (text.equals(item.get("text").asString(null))) {
                return item;
            }
        }
        throw new AssertionError("No entry with text " + text + " in " + page);
    }

    private WebTestClient.ResponseSpec attach(String user, long id, Map<String, String> body) {
        return as(user).post()
                .uri("/api/inbound/" + id + "/attach")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    private WebTestClient as(String user) {
        return client.mutate()
                .defaultHeaders(h -> h.setBasicAuth(user, STAFF_PASSWORD))
                .build();
    }
}
