package io.muster.simulator;

import static io.muster.simulator.MessagesIntegrationTests.freshNumber;
import static io.muster.simulator.WebhookReceiver.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CallsIntegrationTests {

    private static final PhoneNumber CALLER_ID = new PhoneNumber("+15550009000");
    private static final String ROLL_CALL =
            """
            <Response>
              <Gather action="/gather" numDigits="1" timeout="10">
                <Say>Fire in building B. Press 1 if you are safe.</Say>
              </Gather>
              <Say>We did not get your answer.</Say>
            </Response>""";

    private WebhookReceiver app;
    private PhoneSimulator simulator;
    private TwilioRestClient twilio;

    @BeforeEach
    void start() throws Exception {
        app = new WebhookReceiver();
        simulator = PhoneSimulator.start(
                TwilioClients.settings().voiceWebhookUrl(app.url("/hotline")).build());
        twilio = TwilioClients.pointedAt(simulator);
        app.answer("/status", "");
    }

    @AfterEach
    void stop() {
        simulator.close();
        app.close();
    }

    @Test
    void createdCallComesBackToTwilioJavaQueued() {
        String phone = freshNumber();
        app.answer("/voice", "<Response><Hangup/></Response>");

        Call call = Call.creator(new PhoneNumber(phone), CALLER_ID, URI.create(app.url("/voice")))
                .create(twilio);

        assertThat(call.getSid()).matches("CA[0-9a-f]{32}");
        assertThat(call.getAccountSid()).isEqualTo(TwilioClients.ACCOUNT_SID);
        assertThat(call.getTo()).isEqualTo(phone);
        assertThat(call.getFrom()).isEqualTo(CALLER_ID.toString());
        assertThat(call.getStatus()).isEqualTo(Call.Status.QUEUED);
        assertThat(call.getDirection()).isEqualTo("outbound-api");
        assertThat(call.getApiVersion()).isEqualTo("2010-04-01");
        assertThat(call.getDateCreated()).isNotNull();
        assertThat(call.getUri()).endsWith("/Calls/" + call.getSid() + ".json");
        assertThat(simulator.stats().callsCreated()).isEqualTo(1);
    }

    @Test
    void answeredCallReadsItsSignedTwimlToThePhoneAndEndsCompleted() {
        String phone = freshNumber();
        app.answer(
                "/voice",
                "<Response><Say>Fire drill at ten.</Say><Pause length=\"2\"/><Hangup/><Say>never</Say></Response>");

        Call call = Call.creator(new PhoneNumber(phone), CALLER_ID, URI.create(app.url("/voice")))
                .setStatusCallback(URI.create(app.url("/status")))
                .create(twilio);

        WebhookReceiver.Received completed = app.awaitOne(on("/status"));
        assertThat(completed.param("CallStatus")).isEqualTo("completed");
        assertThat(completed.param("CallSid")).isEqualTo(call.getSid());
        assertThat(completed.signedWith(TwilioClients.AUTH_TOKEN)).isTrue();
        WebhookReceiver.Received fetch = app.awaitOne(on("/voice"));
        assertThat(fetch.param("CallStatus")).isEqualTo("in-progress");
        assertThat(fetch.param("Direction")).isEqualTo("outbound-api");
        assertThat(fetch.param("To")).isEqualTo(phone);
        assertThat(fetch.params()).doesNotContainKey("AnsweredBy");
        assertThat(fetch.signedWith(TwilioClients.AUTH_TOKEN)).isTrue();
        assertThat(simulator.inbox(phone))
                .extracting(PhoneMessage::kind, PhoneMessage::body)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PhoneMessage.Kind.VOICE, "Fire drill at ten."));
        assertThat(Call.fetcher(call.getSid()).fetch(twilio).getStatus()).isEqualTo(Call.Status.COMPLETED);
    }

    @Test
    void pressedKeysArePostedToTheGatherActionWhoseAnswerIsReadNext() {
        String phone = freshNumber();
        app.answer("/voice", ROLL_CALL).answer("/gather", "<Response><Say>Thank you.</Say></Response>");
        Call call = Call.creator(new PhoneNumber(phone), CALLER_ID, URI.create(app.url("/voice")))
                .create(twilio);

        WebhookResult answer = simulator.pressKeys(phone, "1");

        assertThat(answer.body()).contains("Thank you.");
        WebhookReceiver.Received gather = app.awaitOne(on("/gather"));
        assertThat(gather.param("Digits")).isEqualTo("1");
        assertThat(gather.param("CallSid")).isEqualTo(call.getSid());
        assertThat(gather.signedWith(TwilioClients.AUTH_TOKEN)).isTrue();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(simulator.inbox(phone))
                .extracting(PhoneMessage::body)
                .containsExactly("Fire in building B. Press 1 if you are safe.", "Thank you."));
    }

    @Test
    void gatherWithoutInputContinuesWithTheNextVerb() {
        String phone = freshNumber();
        app.answer("/voice", ROLL_CALL.replace("timeout=\"10\"", "timeout=\"1\""));

        Call.creator(new PhoneNumber(phone), CALLER_ID, URI.create(app.url("/voice")))
                .setStatusCallback(URI.create(app.url("/status")))
                .create(twilio);

        app.awaitOne(on("/status"));
        assertThat(simulator.inbox(phone))
                .extracting(PhoneMessage::body)
                .last()
                .isEqualTo("We did not get your answer.");
        assertThat(app.received(on("/gather"))).isEmpty();
    }

    @Test
    void busyNumberEndsBusyWithoutFetchingTwiml() {
        String phone = freshNumber();
        simulator.numbers().callOutcome(phone, CallOutcome.BUSY);

        Call.creator(new PhoneNumber(phone), CALLER_ID, URI.create(app.url("/voice")))
                .setStatusCallback(URI.create(app.url("/status")))
                .create(twilio);

        assertThat(app.awaitOne(on("/status")).param("CallStatus")).isEqualTo("busy");
        assertThat(app.received(on("/voice"))).isEmpty();
        assertThat(simulator.inbox(phone)).isEmpty();
    }

    @Test
    void noAnswerAndFailedOutcomesEndWithTheirStatus() {
        String silent = freshNumber();
        String broken = freshNumber();
        simulator.numbers().callOutcome(silent, CallOutcome.NO_ANSWER).callOutcome(broken, CallOutcome.FAILED);

        Call.creator(new PhoneNumber(silent), CALLER_ID, URI.create(app.url("/voice")))
                .setStatusCallback(URI.create(app.url("/status")))
                .create(twilio);
        Call.creator(new PhoneNumber(broken), CALLER_ID, URI.create(app.url("/voice")))
                .setStatusCallback(URI.create(app.url("/status")))
                .create(twilio);

        assertThat(app.awaitOne(on("/status").and(r -> r.param("To").equals(silent)))
                        .param("CallStatus"))
                .isEqualTo("no-answer");
        assertThat(app.awaitOne(on("/status").and(r -> r.param("To").equals(broken)))
                        .param("CallStatus"))
                .isEqualTo("failed");
    }

    @Test
    void machineDetectionTellsTheApplicationWhoAnswered() {
        String machine = freshNumber();
        String human = freshNumber();
        simulator.numbers().callOutcome(machine, CallOutcome.MACHINE);
        app.answer("/voice", "<Response><Say>Message for voicemail</Say></Response>");

        Call.creator(new PhoneNumber(machine), CALLER_ID, URI.create(app.url("/voice")))
                .setMachineDetection("Enable")
                .create(twilio);
        Call.creator(new PhoneNumber(human), CALLER_ID, URI.create(app.url("/voice")))
                .setMachineDetection("Enable")
                .create(twilio);

        assertThat(app.awaitOne(on("/voice").and(r -> r.param("To").equals(machine)))
                        .param("AnsweredBy"))
                .isEqualTo("machine_start");
        assertThat(app.awaitOne(on("/voice").and(r -> r.param("To").equals(human)))
                        .param("AnsweredBy"))
                .isEqualTo("human");
    }

    @Test
    void redirectFetchesTheNextTwimlWithGetWhenAsked() {
        String phone = freshNumber();
        app.answer("/voice", "<Response><Redirect method=\"GET\">/next?step=2</Redirect></Response>")
                .answer("/next", "<Response><Say>Step two</Say></Response>");

        Call.creator(new PhoneNumber(phone), CALLER_ID, URI.create(app.url("/voice")))
                .create(twilio);

        WebhookReceiver.Received next = app.awaitOne(on("/next"));
        assertThat(next.method()).isEqualTo("GET");
        assertThat(next.param("step")).isEqualTo("2");
        assertThat(next.signedWith(TwilioClients.AUTH_TOKEN)).isTrue();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(simulator.inbox(phone))
                .extracting(PhoneMessage::body)
                .contains("Step two"));
    }

    @Test
    void inlineTwimlIsReadWithoutFetching() {
        String phone = freshNumber();

        Call.creator(
                        new PhoneNumber(phone),
                        CALLER_ID,
                        new com.twilio.type.Twiml("<Response><Say>Inline</Say></Response>"))
                .create(twilio);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(simulator.inbox(phone))
                .extracting(PhoneMessage::body)
                .containsExactly("Inline"));
    }

    @Test
    void recordingIsPostedToTheRecordActionAndServedAsAudio() throws Exception {
        String phone = freshNumber();
        app.answer(
                "/voice",
                "<Response><Say>Describe your situation.</Say><Record action=\"/recorded\" timeout=\"10\"/></Response>");
        Call.creator(new PhoneNumber(phone), CALLER_ID, URI.create(app.url("/voice")))
                .create(twilio);

        simulator.record(phone, "I am on floor three near the stairs");

        WebhookReceiver.Received recorded = app.awaitOne(on("/recorded"));
        assertThat(recorded.param("RecordingSid")).matches("RE[0-9a-f]{32}");
        assertThat(Integer.parseInt(recorded.param("RecordingDuration"))).isPositive();
        HttpResponse<byte[]> audio = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(recorded.param("RecordingUrl") + ".wav"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(audio.statusCode()).isEqualTo(200);
        assertThat(new String(audio.body(), 0, 4)).isEqualTo("RIFF");
    }

    @Test
    void phoneCallingTheHotlineFetchesTheVoiceWebhookAsInbound() {
        String phone = freshNumber();
        app.answer("/hotline", "<Response><Say>Muster hotline. No active incident.</Say></Response>");

        WebhookResult first = simulator.call(phone, "+15550009001");

        assertThat(first.status()).isEqualTo(200);
        WebhookReceiver.Received webhook = app.awaitOne(on("/hotline"));
        assertThat(webhook.param("Direction")).isEqualTo("inbound");
        assertThat(webhook.param("From")).isEqualTo(phone);
        assertThat(webhook.param("CallStatus")).isEqualTo("ringing");
        assertThat(webhook.signedWith(TwilioClients.AUTH_TOKEN)).isTrue();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(simulator.inbox(phone))
                .extracting(PhoneMessage::body)
                .containsExactly("Muster hotline. No active incident."));
    }

    @Test
    void autoAnswerPressesKeysOnGathers() {
        String phone = freshNumber();
        app.answer("/voice", ROLL_CALL);
        simulator.autoAnswer(new AutoAnswerPolicy(true, null, "1", 1.0, Duration.ZERO, Duration.ofMillis(50)));

        Call.creator(new PhoneNumber(phone), CALLER_ID, URI.create(app.url("/voice")))
                .create(twilio);

        assertThat(app.awaitOne(on("/gather")).param("Digits")).isEqualTo("1");
    }

    @Test
    void pressingKeysWithoutAWaitingCallIsRefused() {
        assertThatThrownBy(() -> simulator.pressKeys(freshNumber(), "1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void listingCallsFiltersByRecipient() {
        String phone = freshNumber();
        app.answer("/voice", "<Response/>");
        Call first = Call.creator(new PhoneNumber(phone), CALLER_ID, URI.create(app.url("/voice")))
                .create(twilio);
        Call second = Call.creator(new PhoneNumber(phone), CALLER_ID, URI.create(app.url("/voice")))
                .create(twilio);
        Call.creator(new PhoneNumber(freshNumber()), CALLER_ID, URI.create(app.url("/voice")))
                .create(twilio);

        List<String> listed = new ArrayList<>();
        Call.reader().setTo(new PhoneNumber(phone)).read(twilio).forEach(call -> listed.add(call.getSid()));

        assertThat(listed).containsExactly(second.getSid(), first.getSid());
    }
}
