package io.muster.simulator;

import static io.muster.simulator.MessagesIntegrationTests.freshNumber;
import static io.muster.simulator.WebhookReceiver.on;
import static org.assertj.core.api.Assertions.assertThat;

import io.muster.simulator.CallScript.Step;
import io.muster.simulator.CallTranscript.Speaker;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Scripted callers dialling an incoming number (a hotline), recordings, their callbacks and their media. */
class HotlineCallsIntegrationTests {

    private static final String HOTLINE = "+15550000100";
    private static final String WELCOME =
            """
            <Response>
              <Gather action="/menu?step=1" numDigits="1" timeout="10"><Say>Welcome. Press 4 to leave a message.</Say></Gather>
              <Say>Goodbye.</Say>
            </Response>""";
    private static final String RECORD =
            """
            <Response>
              <Say>Speak after the tone.</Say>
              <Record action="/recorded" maxLength="60" recordingStatusCallback="/recording-status?incident=7"/>
            </Response>""";

    private WebhookReceiver app;
    private PhoneSimulator simulator;

    @BeforeEach
    void start() throws Exception {
        app = new WebhookReceiver();
        simulator = PhoneSimulator.start(TwilioClients.settings()
                .voiceWebhookUrl(app.url("/default-voice"))
                .incomingNumber(HOTLINE, app.url("/hotline"))
                .build());
        app.answer("/hotline", WELCOME)
                .answer("/menu", RECORD)
                .answer("/recorded", "<Response><Say>Thank you.</Say><Hangup/></Response>")
                .answer("/recording-status", "")
                .answer("/default-voice", "<Response><Say>Wrong number.</Say></Response>");
    }

    @AfterEach
    void stop() {
        simulator.close();
        app.close();
    }

    @Test
    void scriptedCallerPressesRecordsAndGetsTheWholeCallAsTranscript() {
        String caller = freshNumber();

        CallTranscript call =
                simulator.dial(caller, HOTLINE, CallScript.of(Step.press("4"), Step.say("Stuck on floor 3")));

        assertThat(call.status()).isEqualTo("completed");
        assertThat(call.said())
                .containsExactly("Welcome. Press 4 to leave a message.", "Speak after the tone.", "Thank you.");
        assertThat(call.lines())
                .filteredOn(line -> line.speaker() == Speaker.CALLER)
                .extracting(CallTranscript.Line::text)
                .satisfiesExactly(
                        pressed -> assertThat(pressed).isEqualTo("pressed 4"),
                        recorded -> assertThat(recorded).matches("recorded RE[0-9a-f]{32}: Stuck on floor 3"));
        WebhookReceiver.Received menu = app.awaitOne(on("/menu"));
        assertThat(menu.param("Digits")).isEqualTo("4");
        assertThat(menu.param("From")).isEqualTo(caller);
        assertThat(menu.param("To")).isEqualTo(HOTLINE);
        assertThat(menu.signedWith(TwilioClients.AUTH_TOKEN)).isTrue();
        assertThat(simulator.transcript(call.callSid())).contains(call);
    }

    @Test
    void recordingStatusCallbackIsSignedAndNamesMediaTheSimulatorServes() throws Exception {
        CallTranscript call = simulator.dial(freshNumber(), HOTLINE, CallScript.of(Step.press("4"), Step.say("Hello")));

        WebhookReceiver.Received status = app.awaitOne(on("/recording-status"));
        assertThat(status.param("RecordingStatus")).isEqualTo("completed");
        assertThat(status.param("CallSid")).isEqualTo(call.callSid());
        assertThat(status.url()).endsWith("/recording-status?incident=7");
        assertThat(status.params()).doesNotContainKey("From");
        assertThat(status.signedWith(TwilioClients.AUTH_TOKEN)).isTrue();
        String sid = status.param("RecordingSid");
        assertThat(status.param("RecordingUrl"))
                .isEqualTo(simulator.baseUrl() + "/2010-04-01/Accounts/" + TwilioClients.ACCOUNT_SID + "/Recordings/"
                        + sid);
        assertThat(app.awaitOne(on("/recorded")).param("RecordingUrl")).isEqualTo(status.param("RecordingUrl"));
        for (String suffix : new String[] {"", ".wav", ".mp3"}) {
            HttpResponse<byte[]> media = get(status.param("RecordingUrl") + suffix);
            assertThat(media.statusCode()).isEqualTo(200);
            assertThat(media.headers().firstValue("Content-Type")).contains("audio/x-wav");
            assertThat(new String(media.body(), 0, 4)).isEqualTo("RIFF");
        }
    }

    @Test
    void aRecordingIsNotFoundUnderAnotherAccountOrAnUnknownSid() throws Exception {
        simulator.dial(freshNumber(), HOTLINE, CallScript.of(Step.press("4"), Step.say("Hello")));
        String sid = app.awaitOne(on("/recording-status")).param("RecordingSid");

        String base = simulator.baseUrl() + "/2010-04-01/Accounts/";
        assertThat(get(base + TwilioClients.SECOND_ACCOUNT_SID + "/Recordings/" + sid)
                        .statusCode())
                .isEqualTo(404);
        assertThat(get(base + TwilioClients.ACCOUNT_SID + "/Recordings/RE" + "0".repeat(32))
                        .statusCode())
                .isEqualTo(404);
        assertThat(get(base + TwilioClients.ACCOUNT_SID + "/Recordings/../Calls.json")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void callerWhoHangsUpAtTheMenuEndsTheCallWithoutAnyKeys() {
        CallTranscript call = simulator.dial(freshNumber(), HOTLINE, CallScript.of(Step.hangUp()));

        assertThat(call.status()).isEqualTo("completed");
        assertThat(call.said()).containsExactly("Welcome. Press 4 to leave a message.");
        assertThat(call.lines().getLast().text()).isEqualTo("hung up");
        assertThat(app.received(on("/menu"))).isEmpty();
    }

    @Test
    void aSilentCallerFallsThroughTheGatherToTheNextVerb() {
        CallTranscript call = simulator.dial(freshNumber(), HOTLINE, CallScript.of(Step.silence()));

        assertThat(call.said()).containsExactly("Welcome. Press 4 to leave a message.", "Goodbye.");
        assertThat(app.received(on("/menu"))).isEmpty();
    }

    @Test
    void otherNumbersStillGoToTheDefaultVoiceWebhook() {
        CallTranscript call = simulator.dial(freshNumber(), "+15550000999", CallScript.of());

        assertThat(call.said()).containsExactly("Wrong number.");
    }

    @Test
    void scriptedCallsRunOverTheSimulatorHttpApi() {
        SimHttp http = new SimHttp(simulator);
        String caller = freshNumber();

        SimHttp.Answer dialled = http.post(
                "/sim/phones/" + caller + "/dial",
                "{\"to\":\"" + HOTLINE + "\",\"script\":[{\"press\":\"4\"},{\"say\":\"All fine\"}]}");

        assertThat(dialled.status()).isEqualTo(200);
        JsonNode call = JsonMapper.builder().build().readTree(dialled.body());
        assertThat(call.get("status").asString()).isEqualTo("completed");
        assertThat(call.get("transcript").get(0).get("speaker").asString()).isEqualTo("APPLICATION");
        assertThat(dialled.body()).contains("Speak after the tone.", "pressed 4", "All fine");
        SimHttp.Answer again = http.get("/sim/calls/" + call.get("callSid").asString() + "/transcript");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("Thank you.");
        assertThat(http.post("/sim/phones/" + caller + "/dial", "{\"to\":\"" + HOTLINE + "\",\"script\":[{}]}")
                        .status())
                .isEqualTo(400);
        assertThat(http.post(
                                "/sim/phones/" + caller + "/dial",
                                "{\"to\":\"" + HOTLINE + "\",\"script\":[{\"press\":\"abc\"}]}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void incomingNumbersAreGivenOnTheCommandLine() {
        SimulatorSettings settings = PhoneSimulatorApplication.settings(
                "--account=AC0123456789abcdef0123456789abcdef:token",
                "--voice-webhook-url=http://127.0.0.1:8082/default",
                "--incoming-number=+15550000100=http://127.0.0.1:8082/webhooks/twilio/voice/inbound");

        assertThat(settings.voiceUrlFor("+15550000100"))
                .isEqualTo("http://127.0.0.1:8082/webhooks/twilio/voice/inbound");
        assertThat(settings.voiceUrlFor("+15550000101")).isEqualTo("http://127.0.0.1:8082/default");
    }

    private static HttpResponse<byte[]> get(String url) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
