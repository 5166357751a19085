package io.muster.simulator;

import static io.muster.simulator.MessagesIntegrationTests.freshNumber;
import static io.muster.simulator.WebhookReceiver.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SimApiIntegrationTests {

    private static final PhoneNumber HOTLINE = new PhoneNumber("+15550009001");

    private WebhookReceiver app;
    private PhoneSimulator simulator;
    private TwilioRestClient twilio;
    private SimHttp http;

    @BeforeEach
    void start() throws Exception {
        app = new WebhookReceiver();
        app.answer("/sms", "<Response><Message>Got it</Message></Response>");
        simulator = PhoneSimulator.start(TwilioClients.settings()
                .smsWebhookUrl(app.url("/sms"))
                .voiceWebhookUrl(app.url("/hotline"))
                .build());
        twilio = TwilioClients.pointedAt(simulator);
        http = new SimHttp(simulator);
    }

    @AfterEach
    void stop() {
        simulator.close();
        app.close();
    }

    @Test
    void smsEndpointRepliesForThePhoneWithEncodedOrRawPlus() {
        String phone = freshNumber();
        Message.creator(new PhoneNumber(phone), HOTLINE, "Reply 1").create(twilio);

        SimHttp.Answer encoded = http.post("/sim/phones/" + encode(phone) + "/sms", "{\"body\":\"1\"}");
        SimHttp.Answer raw = http.post("/sim/phones/" + phone + "/sms", "{\"body\":\"2\"}");

        assertThat(encoded.status()).isEqualTo(200);
        assertThat(encoded.json().path("status").asInt()).isEqualTo(200);
        assertThat(encoded.json().path("body").asString()).contains("Got it");
        assertThat(raw.status()).isEqualTo(200);
        assertThat(app.received(on("/sms"))).extracting(r -> r.param("Body")).containsExactly("1", "2");
    }

    @Test
    void messagesEndpointListsTheInboxWithIsoTimes() {
        String phone = freshNumber();
        Message.creator(new PhoneNumber(phone), HOTLINE, "Shelter in place").create(twilio);

        SimHttp.Answer answer = http.get("/sim/phones/" + encode(phone) + "/messages");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get(0).path("body").asString()).isEqualTo("Shelter in place");
        assertThat(answer.json().get(0).path("kind").asString()).isEqualTo("SMS");
        assertThat(answer.json().get(0).path("at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(http.get("/sim/phones").json().get(0).path("number").asString())
                .isEqualTo(phone);
    }

    @Test
    void sentEndpointListsWhatThePhoneSentAndHowTheApplicationTookIt() {
        String phone = freshNumber();
        Message.creator(new PhoneNumber(phone), HOTLINE, "Reply 1").create(twilio);
        app.failNext("/sms", 503, 1);
        http.post("/sim/phones/" + encode(phone) + "/sms", "{\"body\":\"1\"}");
        http.post("/sim/phones/" + encode(phone) + "/sms", "{\"body\":\"2\"}");

        SimHttp.Answer sent = http.get("/sim/phones/" + encode(phone) + "/sent");
        SimHttp.Answer failed = http.get("/sim/webhooks/failed");

        assertThat(sent.json()
                        .valueStream()
                        .map(m -> m.path("body").asString() + ":"
                                + m.path("status").asInt()))
                .containsExactly("1:503", "2:200");
        assertThat(sent.json().get(0).path("sid").asString()).matches("SM[0-9a-f]{32}");
        assertThat(failed.json().size()).isEqualTo(1);
        assertThat(failed.json().get(0).path("status").asInt()).isEqualTo(503);
        assertThat(failed.json().get(0).path("params").path("Body").asString()).isEqualTo("1");
    }

    @Test
    void badInputAnswers400WithAJsonErrorAndNoStackTrace() {
        SimHttp.Answer malformed = http.post("/sim/phones/%2B15550100001/sms", "{not json");
        SimHttp.Answer missing = http.post("/sim/phones/%2B15550100001/sms", "{}");
        SimHttp.Answer badNumber = http.get("/sim/phones/%3Cscript%3E/messages");
        SimHttp.Answer badResource = http.post("/sim/faults", "{\"resource\":\"FAXES\",\"status\":503}");
        SimHttp.Answer badStatus = http.post("/sim/faults", "{\"resource\":\"MESSAGES\",\"status\":418}");
        SimHttp.Answer badShare = http.put("/sim/auto-answer", "{\"enabled\":true,\"share\":2}");

        for (SimHttp.Answer answer :
                new SimHttp.Answer[] {malformed, missing, badNumber, badResource, badStatus, badShare}) {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json().path("error").asString()).isNotBlank();
            assertThat(answer.body()).doesNotContain("at io.muster").doesNotContain("Exception");
        }
    }

    @Test
    void replyFromAPhoneNobodyTextedIsAConflict() {
        SimHttp.Answer answer = http.post("/sim/phones/" + encode(freshNumber()) + "/sms", "{\"body\":\"1\"}");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().path("error").asString()).contains("nobody to reply to");
    }

    @Test
    void unknownEndpointIs404AndWrongMethodIs405() {
        assertThat(http.get("/sim/nothing").status()).isEqualTo(404);
        assertThat(http.delete("/sim/stats").status()).isEqualTo(405);
    }

    @Test
    void faultsSetOverHttpReachTwilioJavaUntilDeleted() {
        assertThat(http.post("/sim/faults", "{\"resource\":\"MESSAGES\",\"status\":429,\"count\":5}")
                        .status())
                .isEqualTo(204);

        assertThatThrownBy(() -> Message.creator(new PhoneNumber(freshNumber()), HOTLINE, "x")
                        .create(twilio))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getStatusCode()).isEqualTo(429));
        assertThat(http.delete("/sim/faults").status()).isEqualTo(204);
        assertThat(Message.creator(new PhoneNumber(freshNumber()), HOTLINE, "x")
                        .create(twilio)
                        .getSid())
                .startsWith("SM");
    }

    @Test
    void numbersSetOverHttpChangeHowTheyBehave() {
        String invalid = freshNumber();
        String busy = freshNumber();

        http.put("/sim/numbers/" + encode(invalid), "{\"invalid\":true}");
        SimHttp.Answer answer = http.put("/sim/numbers/" + encode(busy), "{\"callOutcome\":\"busy\"}");

        assertThat(answer.json().path("callOutcome").asString()).isEqualTo("BUSY");
        assertThat(simulator.numbers().callOutcomeOf(busy)).isEqualTo(CallOutcome.BUSY);
        assertThatThrownBy(() ->
                        Message.creator(new PhoneNumber(invalid), HOTLINE, "x").create(twilio))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(21211));
    }

    @Test
    void autoAnswerSetOverHttpIsReportedBack() {
        SimHttp.Answer answer = http.put(
                "/sim/auto-answer",
                "{\"enabled\":true,\"smsReply\":\"1\",\"keypad\":\"1\",\"share\":0.8,\"minDelayMs\":200,\"maxDelayMs\":2000}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(simulator.autoAnswerPolicy())
                .isEqualTo(new AutoAnswerPolicy(true, "1", "1", 0.8, Duration.ofMillis(200), Duration.ofSeconds(2)));
        assertThat(http.get("/sim/auto-answer").json().path("share").asDouble()).isEqualTo(0.8);
    }

    @Test
    void keypadOverHttpAnswersTheWaitingGather() {
        String phone = freshNumber();
        app.answer(
                        "/voice",
                        "<Response><Gather action=\"/gather\" numDigits=\"1\"><Say>Press 1</Say></Gather></Response>")
                .answer("/gather", "<Response><Say>Thanks</Say></Response>");
        Call.creator(new PhoneNumber(phone), HOTLINE, URI.create(app.url("/voice")))
                .create(twilio);

        SimHttp.Answer answer = http.post("/sim/phones/" + encode(phone) + "/keypad", "{\"digits\":\"1\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("body").asString()).contains("Thanks");
        assertThat(app.awaitOne(on("/gather")).param("Digits")).isEqualTo("1");
    }

    @Test
    void callOverHttpRingsTheHotline() {
        app.answer("/hotline", "<Response><Say>Hotline</Say></Response>");

        SimHttp.Answer answer =
                http.post("/sim/phones/" + encode(freshNumber()) + "/call", "{\"to\":\"+15550009001\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(app.awaitOne(on("/hotline")).param("Direction")).isEqualTo("inbound");
    }

    @Test
    void statsCountAndDeletingPhonesForgetsEverything() {
        String phone = freshNumber();
        Message.creator(new PhoneNumber(phone), HOTLINE, "x").create(twilio);

        assertThat(http.get("/sim/stats").json().path("messagesCreated").asLong())
                .isEqualTo(1);
        assertThat(http.delete("/sim/phones").status()).isEqualTo(204);

        assertThat(simulator.inbox(phone)).isEmpty();
        assertThat(http.get("/sim/stats").json().path("messagesCreated").asLong())
                .isZero();
    }

    @Test
    void pageListsPhonesWithEscapedTextAndForms() {
        String phone = freshNumber();
        Message.creator(new PhoneNumber(phone), HOTLINE, "<script>alert('x')</script> & more")
                .create(twilio);

        SimHttp.Answer page = http.get("/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body())
                .contains(phone)
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
                .doesNotContain("<script>alert")
                .contains("action=\"/sim/phones/" + encode(phone) + "/sms\"")
                .contains("name=viewport");
    }

    @Test
    void jsonSentWithCurlsDefaultFormContentTypeIsStillReadAsJson() {
        String phone = freshNumber();
        Message.creator(new PhoneNumber(phone), HOTLINE, "Reply 1").create(twilio);

        SimHttp.Answer answer = http.postForm("/sim/phones/" + encode(phone) + "/sms", "{\"body\":\"1\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(app.awaitOne(on("/sms")).param("Body")).isEqualTo("1");
    }

    @Test
    void pageFormPostRepliesAndRedirectsBackToThePage() {
        String phone = freshNumber();
        Message.creator(new PhoneNumber(phone), HOTLINE, "Reply 1").create(twilio);

        SimHttp.Answer answer = http.postForm("/sim/phones/" + encode(phone) + "/sms", "body=1");

        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue("/");
        assertThat(app.awaitOne(on("/sms")).param("Body")).isEqualTo("1");
    }

    private static String encode(String number) {
        return URLEncoder.encode(number, StandardCharsets.UTF_8);
    }
}
