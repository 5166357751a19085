package io.muster.simulator;

import static io.muster.simulator.MessagesIntegrationTests.freshNumber;
import static io.muster.simulator.WebhookReceiver.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;
import io.muster.simulator.CallScript.Step;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code <Dial><Conference>}: who joined a conference and when, who left, and its signed status callbacks. */
class ConferenceCallsIntegrationTests {

    private static final String BRIDGE = "+15550000200";
    private static final String JOIN =
            """
            <Response>
              <Say>Joining the bridge.</Say>
              <Dial><Conference statusCallback="/bridge-status?incident=7"
                  statusCallbackEvent="start end join leave">crisis-room</Conference></Dial>
            </Response>""";

    private WebhookReceiver app;
    private PhoneSimulator simulator;

    @BeforeEach
    void start() throws Exception {
        app = new WebhookReceiver();
        simulator = PhoneSimulator.start(TwilioClients.settings()
                .incomingNumber(BRIDGE, app.url("/bridge"))
                .build());
        app.answer("/bridge", JOIN).answer("/bridge-status", "");
    }

    @AfterEach
    void stop() {
        simulator.close();
        app.close();
    }

    @Test
    void twoCallersJoinOneConferenceAndStayOnItUntilTheyHangUp() {
        String first = freshNumber();
        String second = freshNumber();

        CallTranscript one = simulator.dial(first, BRIDGE, CallScript.of());
        CallTranscript two = simulator.dial(second, BRIDGE, CallScript.of());

        assertThat(one.heard()).contains("Joining the bridge.");
        assertThat(one.lines()).extracting(CallTranscript.Line::text).contains("joined conference crisis-room");
        SimConference room = simulator.conference("crisis-room").orElseThrow();
        assertThat(room.status()).isEqualTo("in-progress");
        assertThat(room.presentPhones()).containsExactly(first, second);
        assertThat(simulator.transcript(one.callSid()).orElseThrow().status()).isEqualTo("in-progress");

        assertThat(simulator.hangUp(one.callSid())).isTrue();

        SimConference after = simulator.conference("crisis-room").orElseThrow();
        assertThat(after.presentPhones()).containsExactly(second);
        assertThat(after.participants().getFirst().leftAt()).isNotNull();
        await().atMost(Duration.ofSeconds(5))
                .until(() -> simulator.transcript(one.callSid()).orElseThrow().status(), "completed"::equals);
        assertThat(simulator.hangUp(one.callSid())).isFalse();
        simulator.hangUp(two.callSid());
        assertThat(simulator.conference("crisis-room").orElseThrow().status()).isEqualTo("completed");
    }

    @Test
    void statusCallbacksAreSignedAndNameTheConferenceTheEventAndTheCall() {
        CallTranscript one = simulator.dial(freshNumber(), BRIDGE, CallScript.of());
        simulator.hangUp(one.callSid());

        List<String> events = app.received(on("/bridge-status")).stream()
                .map(callback -> callback.param("StatusCallbackEvent"))
                .toList();
        assertThat(events)
                .containsExactly("conference-start", "participant-join", "participant-leave", "conference-end");
        WebhookReceiver.Received join = app.received(on("/bridge-status")).get(1);
        assertThat(join.signedWith(TwilioClients.AUTH_TOKEN)).isTrue();
        assertThat(join.url()).endsWith("/bridge-status?incident=7");
        assertThat(join.param("FriendlyName")).isEqualTo("crisis-room");
        assertThat(join.param("CallSid")).isEqualTo(one.callSid());
        assertThat(join.param("ConferenceSid")).matches("CF[0-9a-f]{32}");
        assertThat(join.param("SequenceNumber")).isEqualTo("2");
        assertThat(join.param("AccountSid")).isEqualTo(TwilioClients.ACCOUNT_SID);
    }

    @Test
    void aScriptedCallerWhoHangsUpLeavesAtOnce() {
        CallTranscript call = simulator.dial(freshNumber(), BRIDGE, CallScript.of(Step.hangUp()));

        assertThat(call.status()).isEqualTo("completed");
        SimConference room = simulator.conference("crisis-room").orElseThrow();
        assertThat(room.participants()).singleElement().satisfies(p -> assertThat(p.present())
                .isFalse());
    }

    @Test
    void anOutboundCallWhoseTwimlDialsAConferenceRingsThePhoneIntoIt() {
        String member = freshNumber();

        Call.creator(
                        new PhoneNumber(member),
                        new PhoneNumber(BRIDGE),
                        new Twiml("<Response><Dial><Conference>crisis-room</Conference></Dial></Response>"))
                .create(TwilioClients.pointedAt(simulator));

        await().atMost(Duration.ofSeconds(10)).until(() -> simulator
                .conference("crisis-room")
                .map(SimConference::presentPhones)
                .orElse(List.of())
                .contains(member));
    }

    @Test
    void testsSeeConferencesAndHangUpCallsOverHttp() throws Exception {
        String phone = freshNumber();
        CallTranscript call = simulator.dial(phone, BRIDGE, CallScript.of());
        HttpClient http = HttpClient.newHttpClient();

        JsonNode room = JsonMapper.builder()
                .build()
                .readTree(http.send(
                                HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/sim/conferences/crisis-room"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body());
        HttpResponse<String> hangUp = http.send(
                HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/sim/calls/" + call.callSid() + "/hang-up"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknown = http.send(
                HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/sim/conferences/no-such-room"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(room.get("friendlyName").asString()).isEqualTo("crisis-room");
        assertThat(room.get("participants").get(0).get("phone").asString()).isEqualTo(phone);
        assertThat(hangUp.body()).contains("\"left\":true");
        assertThat(simulator.conference("crisis-room").orElseThrow().presentPhones())
                .isEmpty();
        assertThat(unknown.statusCode()).isEqualTo(400);
    }
}
