package io.muster.incident.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.incident.IncidentServiceIntegrationTest;
import io.muster.incident.statement.StatementScenario;
import io.muster.testkit.TestServers;
import io.muster.tokens.AnswerTokenCodec;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import tools.jackson.databind.json.JsonMapper;

@IncidentServiceIntegrationTest
class SubscriberIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern CONFIRM = Pattern.compile("/status/subscribe/confirm\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern UNSUBSCRIBE = Pattern.compile("/status/unsubscribe\\?token=([A-Za-z0-9_-]+)");

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
    void aConfirmedSubscriberGetsEachPublicStatementByMailAndCanUnsubscribe() throws Exception {
        String email = freshAddress();
        subscribe(email).expectStatus().isAccepted();
        MimeMessage confirmation = awaitMail(email, "Confirm your subscription");
        String before = "Before confirming " + UUID.randomUUID();
        UUID unconfirmedStatement = scenario.publishedStatement(false, false, before);
        assertThat(statementRows(email, unconfirmedStatement)).isZero();

        http.get()
                .uri("/status/subscribe/confirm?token={t}", token(CONFIRM, confirmation))
                .exchange()
                .expectStatus()
                .isOk();
        String headline = "Office closed " + UUID.randomUUID();
        UUID statementId = scenario.publishedStatement(false, false, headline);

        MimeMessage statement = awaitMail(email, headline);
        assertThat(body(statement)).contains("Text of " + headline).contains("/status/unsubscribe?token=");
        assertThat(statement.getHeader("List-Unsubscribe")).isNotEmpty();
        assertThat(statementRows(email, statementId)).isEqualTo(1);

        UUID hiddenDrill = scenario.publishedStatement(true, false, "Internal drill " + UUID.randomUUID());
        assertThat(statementRows(email, hiddenDrill)).isZero();

        http.get()
                .uri("/status/unsubscribe?token={t}", token(UNSUBSCRIBE, statement))
                .exchange()
                .expectStatus()
                .isOk();
        UUID afterLeaving = scenario.publishedStatement(false, false, "After leaving " + UUID.randomUUID());
        assertThat(statementRows(email, afterLeaving)).isZero();
    }

    @Test
    void signUpAnswersTheSameWhateverTheAddressIsKnownOrNot() {
        String email = freshAddress();
        String fresh = subscribe(email)
                .expectStatus()
                .isAccepted()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        String again = subscribe(email.toUpperCase())
                .expectStatus()
                .isAccepted()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(again).isEqualTo(fresh);

        subscribe("not an address").expectStatus().isBadRequest();
        http.post()
                .uri("/status/subscribe")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "x".repeat(250) + "@a.io"))
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void theStatusPageFormSignsUpWithTheSameDoubleOptIn() {
        String email = freshAddress();
        http.post()
                .uri("/status/subscribe")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("email", email))
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.TEXT_HTML);
        awaitMail(email, "Confirm your subscription");

        http.post()
                .uri("/status/subscribe")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("email", "<script>"))
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void oneAddressGetsAtMostThreeConfirmationMailsPerWindow() {
        String email = freshAddress();
        for (int i = 0; i < 5; i++) {
            subscribe(email).expectStatus().isAccepted();
        }

        long queued = db.sql("SELECT count(*) FROM subscriber_deliveries d JOIN subscribers s ON s.id = d.subscriber_id"
                        + " WHERE s.email = ? AND d.kind = 'CONFIRMATION'")
                .param(email)
                .query(Long.class)
                .single();
        assertThat(queued).isEqualTo(3);
    }

    @Test
    void anUnsubscribeLinkMailedInTheFormerFormatStillUnsubscribes() throws Exception {
        String email = freshAddress();
        subscribe(email).expectStatus().isAccepted();
        String confirm = token(CONFIRM, awaitMail(email, "Confirm your subscription"));
        assertThat(confirm).hasSize(AnswerTokenCodec.LENGTH);
        http.get()
                .uri("/status/subscribe/confirm?token={t}", confirm)
                .exchange()
                .expectStatus()
                .isOk();
        UUID subscriber = db.sql("SELECT id FROM subscribers WHERE email = ?")
                .param(email)
                .query(UUID.class)
                .optional()
                .orElse(null);
        String former = SubscriberTokensTests.formerLink(
                1,
                subscriber,
                Instant.now().plus(Duration.ofDays(3000)),
                IncidentServiceIntegrationTest.SUBSCRIBERS_SECRET);

        http.get()
                .uri("/status/unsubscribe?token={t}", former)
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(db.sql("SELECT status FROM subscribers WHERE id = ?")
                        .param(subscriber)
                        .query(String.class)
                        .optional()
                        .orElse(null))
                .isEqualTo("UNSUBSCRIBED");
    }

    @Test
    void forgedOrWrongPurposeLinksAreRejected() throws Exception {
        String email = freshAddress();
        subscribe(email).expectStatus().isAccepted();
        String token = token(CONFIRM, awaitMail(email, "Confirm your subscription"));
        String forged = token.substring(0, 5) + (token.charAt(5) == 'A' ? 'B' : 'A') + token.substring(6);

        for (String uri : List.of(
                "/status/subscribe/confirm?token=" + forged,
                "/status/subscribe/confirm?token=nonsense",
                "/status/unsubscribe?token=" + token)) {
            http.get()
                    .uri(uri)
                    .exchange()
                    .expectStatus()
                    .isBadRequest()
                    .expectBody()
                    .jsonPath("$.type")
                    .isEqualTo("urn:muster:problem:invalid-subscription-link");
        }
    }

    private WebTestClient.ResponseSpec subscribe(String email) {
        return http.post()
                .uri("/status/subscribe")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email))
                .exchange();
    }

    private long statementRows(String email, UUID statementId) {
        return db.sql("SELECT count(*) FROM subscriber_deliveries d JOIN subscribers s ON s.id = d.subscriber_id"
                        + " WHERE s.email = ? AND d.statement_id = ?")
                .params(email, statementId)
                .query(Long.class)
                .single();
    }

    private static String freshAddress() {
        return "sub-" + UUID.randomUUID().toString().substring(0, 12) + "@test.muster.local";
    }

    private static MimeMessage awaitMail(String address, String subjectPart) {
        return await().atMost(PATIENCE).until(() -> mailTo(address, subjectPart), found -> found != null);
    }

    private static MimeMessage mailTo(String address, String subjectPart) throws Exception {
        for (MimeMessage message : TestServers.shared().greenMail().getReceivedMessages()) {
            boolean toAddress = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(r -> r.toString().equals(address));
            if (toAddress && message.getSubject().contains(subjectPart)) {
                return message;
            }
        }
        return null;
    }

    private static String body(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }

    private static String token(Pattern link, MimeMessage message) throws Exception {
        Matcher matcher = link.matcher(body(message));
        assertThat(matcher.find()).as("link in mail").isTrue();
        return matcher.group(1);
    }
}
