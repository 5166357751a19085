package io.muster.gateway.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.hotline.HotlineFixtures.Requested;
import io.muster.gateway.incident.Incidents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The hotline's webhooks posted one by one, signed as Twilio signs them: replays, and input that is refused. */
class HotlineWebhooksIntegrationTests extends GatewayIntegrationTest {

    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    @Autowired
    private HotlineRequests requests;

    @Autowired
    private Incidents incidents;

    private Requested request;

    @BeforeEach
    void requested() {
        HotlineFixtures fixtures = new HotlineFixtures(kafka, requests, incidents);
        UUID incident = fixtures.declared("Chemical spill at Riverside");
        request = fixtures.requested(incident, UUID.randomUUID(), newPhoneNumber(), null);
    }

    @Test
    void theSameStateReportedTwiceOnOneCallIsPublishedOnce() {
        String callSid = newCallSid();
        String menu = menuAction(answered(callSid));
        Map<String, String> pressed = call(callSid, Map.of("Digits", "2"));

        try (var probe = probe("muster.reply.v1")) {
            String first = body(postSigned(menu, pressed, TOKEN));
            String replay = body(postSigned(menu, pressed, TOKEN));

            assertThat(replay).isEqualTo(first).contains("We recorded that you need help");
            assertThat(probe.recordsWithin(record -> record.value().contains(callSid), QUIET))
                    .hasSize(1);
        }
    }

    @Test
    void aRepeatedRecordingStatusCallbackPublishesOneMessage() {
        String callSid = newCallSid();
        String recordingSid = "RE" + UUID.randomUUID().toString().replace("-", "");
        String path = "/webhooks/twilio/hotline/recording-status?person=" + request.personId() + "&incident="
                + request.incidentId();
        Map<String, String> callback = recording(
                callSid,
                recordingSid,
                "https://api.twilio.com/2010-04-01/Accounts/" + "AC0123456789abcdef0123456789abcdef/Recordings/"
                        + recordingSid);

        try (var probe = probe("muster.reply.v1")) {
            postSigned(path, callback, TOKEN).expectStatus().isNoContent();
            postSigned(path, callback, TOKEN).expectStatus().isNoContent();

            assertThat(probe.recordsWithin(record -> record.value().contains(recordingSid), QUIET))
                    .singleElement()
                    .satisfies(record -> assertThat(record.key())
                            .isEqualTo(request.incidentId().toString()));
        }
    }

    @Test
    void aRecordingThatIsNotCompletedPublishesNothing() {
        String recordingSid = "RE" + UUID.randomUUID().toString().replace("-", "");
        Map<String, String> callback = new LinkedHashMap<>(recording(newCallSid(), recordingSid, "https://x.test/r"));
        callback.put("RecordingStatus", "failed");

        try (var probe = probe("muster.reply.v1")) {
            postSigned(recordingPath(), callback, TOKEN).expectStatus().isNoContent();

            assertThat(probe.recordsWithin(record -> record.value().contains(recordingSid), QUIET))
                    .isEmpty();
        }
    }

    @Test
    void aRecordingUrlThatIsNotHttpIsRefused() {
        String recordingSid = "RE" + UUID.randomUUID().toString().replace("-", "");

        postSigned(recordingPath(), recording(newCallSid(), recordingSid, "file:///etc/passwd"), TOKEN)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:bad-request");
    }

    @Test
    void aMalformedPersonOrMissingCallSidIsABadRequest() {
        postSigned(
                        "/webhooks/twilio/hotline/menu?person=nobody&incident=" + request.incidentId(),
                        call(newCallSid(), Map.of("Digits", "1")),
                        TOKEN)
                .expectStatus()
                .isBadRequest();
        postSigned("/webhooks/twilio/voice/inbound", Map.of("From", request.phone()), TOKEN)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:missing-parameters");
    }

    @Test
    void aCallerWhoChangesTheirMindOnOneCallIsHeardEveryTimeAndAReplayIsNot() {
        String callSid = newCallSid();
        String first = menuAction(answered(callSid));

        try (var probe = probe("muster.reply.v1")) {
            String afterNeedsHelp = body(postSigned(first, call(callSid, Map.of("Digits", "2")), TOKEN));
            String second = menuAction(afterNeedsHelp);
            String afterSafe = body(postSigned(second, call(callSid, Map.of("Digits", "1")), TOKEN));
            String third = menuAction(afterSafe);
            body(postSigned(third, call(callSid, Map.of("Digits", "2")), TOKEN));
            String replayed = body(postSigned(first, call(callSid, Map.of("Digits", "2")), TOKEN));

            assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
            assertThat(replayed).isEqualTo(afterNeedsHelp);
            assertThat(probe.recordsWithin(record -> record.value().contains(callSid), QUIET))
                    .extracting(record ->
                            JSON.readTree(record.value()).get("answer").asString())
                    .containsExactly("NEEDS_HELP", "SAFE", "NEEDS_HELP");
        }
    }

    @Test
    void keysOnACallThatWasNotIdentifiedAsThePersonChangeNothing() {
        String callSid = newCallSid();

        try (var probe = probe("muster.reply.v1")) {
            assertThat(body(postSigned(menuPath(), call(callSid, Map.of("Digits", "1")), TOKEN)))
                    .contains("There is no open incident for you at the moment.")
                    .doesNotContain("We recorded");
            assertThat(probe.recordsWithin(record -> record.value().contains(callSid), QUIET))
                    .isEmpty();
        }
    }

    @Test
    void keysForAnIncidentTheCallerIsNotPartOfPublishNothing() {
        String callSid = newCallSid();
        answered(callSid);
        String path = "/webhooks/twilio/hotline/menu?person=" + request.personId() + "&incident=" + UUID.randomUUID();

        try (var probe = probe("muster.reply.v1")) {
            assertThat(body(postSigned(path, call(callSid, Map.of("Digits", "1")), TOKEN)))
                    .contains("There is no open incident for you at the moment.");
            assertThat(probe.recordsWithin(record -> record.value().contains(callSid), QUIET))
                    .isEmpty();
        }
    }

    /** The call answered from the person's own number (so identified by it); returns the first TwiML. */
    private String answered(String callSid) {
        return body(postSigned("/webhooks/twilio/voice/inbound", call(callSid, Map.of()), TOKEN));
    }

    /** The menu's action URL in a TwiML answer, as Twilio would call it. */
    private static String menuAction(String twiml) {
        Matcher action = Pattern.compile("action=\"(/webhooks/twilio/hotline/menu\\?[^\"]*)\"")
                .matcher(twiml);
        assertThat(action.find()).as("a menu in %s", twiml).isTrue();
        return action.group(1).replace("&amp;", "&");
    }

    private String menuPath() {
        return "/webhooks/twilio/hotline/menu?person=" + request.personId() + "&incident=" + request.incidentId();
    }

    private String recordingPath() {
        return "/webhooks/twilio/hotline/recording-status?person=" + request.personId() + "&incident="
                + request.incidentId();
    }

    private Map<String, String> call(String callSid, Map<String, String> extra) {
        Map<String, String> params = new LinkedHashMap<>(Map.of(
                "CallSid", callSid,
                "AccountSid", "AC0123456789abcdef0123456789abcdef",
                "From", request.phone(),
                "To", "+15550000100",
                "CallStatus", "in-progress",
                "Direction", "inbound"));
        params.putAll(extra);
        return params;
    }

    private static Map<String, String> recording(String callSid, String recordingSid, String url) {
        return Map.of(
                "AccountSid",
                "AC0123456789abcdef0123456789abcdef",
                "CallSid",
                callSid,
                "RecordingSid",
                recordingSid,
                "RecordingUrl",
                url,
                "RecordingStatus",
                "completed",
                "RecordingDuration",
                "7");
    }

    private static String newCallSid() {
        return "CA" + UUID.randomUUID().toString().replace("-", "");
    }

    private static String body(org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec response) {
        return response.expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }
}
