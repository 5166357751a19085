package io.muster.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.GatewayIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * NUL and other control characters in a signed webhook's parameters are a 400 problem (the provider does not
 * retry it), not the 503 a storage failure gives (which the provider retries forever); nothing is stored.
 */
class ControlCharactersIntegrationTests extends GatewayIntegrationTest {

    @Autowired
    private DatabaseClient db;

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u001b", "\u007f"})
    void aControlCharacterInTheCallersNumberIsABadRequest(String control) {
        String callSid = newCallSid();

        postSigned(
                        "/webhooks/twilio/voice/inbound",
                        Map.of("CallSid", callSid, "From", "+1555" + control + "0100"),
                        TOKEN)
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:invalid-characters");

        assertThat(calls(callSid)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "1\u00002"})
    void aNulInTheKeysPressedIsABadRequest(String digits) {
        postSigned(
                        "/webhooks/twilio/hotline/identify?attempt=1&lang=en",
                        Map.of("CallSid", newCallSid(), "From", newPhoneNumber(), "Digits", digits),
                        TOKEN)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:invalid-characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"From", "MessageSid", "To"})
    void aNulInAnSmsParameterOtherThanItsTextIsABadRequest(String name) {
        String sid = newMessageSid();
        Map<String, String> sms = new java.util.HashMap<>(
                Map.of("MessageSid", sid, "From", newPhoneNumber(), "To", "+15550009999", "Body", "1"));
        sms.put(name, sms.get(name) + "\u0000");

        postSigned("/webhooks/twilio/sms/inbound", sms, TOKEN)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:muster:problem:invalid-characters");

        assertThat(loggedOutcomes(sid)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/webhooks/twilio/sms/status", "/webhooks/twilio/voice/status"})
    void aNulInAStatusCallbackIsABadRequest(String path) {
        String query = "?notificationId=" + UUID.randomUUID() + "&channel=SMS&attempt=1";

        postSigned(
                        path + query,
                        Map.of(
                                "MessageSid",
                                newMessageSid(),
                                "CallSid",
                                newCallSid(),
                                "MessageStatus",
                                "delivered\u0000",
                                "CallStatus",
                                "completed\u0000"),
                        TOKEN)
                .expectStatus()
                .isBadRequest();
    }

    private long calls(String callSid) {
        return db.sql("select count(*) as n from hotline_calls where call_sid = :sid")
                .bind("sid", callSid)
                .map(row -> row.get("n", Long.class))
                .one()
                .block();
    }

    private static String newCallSid() {
        return "CA" + UUID.randomUUID().toString().replace("-", "");
    }
}
