package io.muster.gateway.voice;

import static io.muster.gateway.NotificationRequestFixture.openRequestTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.type.PhoneNumber;
import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.NotificationRequestFixture;
import io.muster.simulator.CallOutcome;
import io.muster.simulator.PhoneMessage;
import io.muster.simulator.PhoneSimulator;
import io.muster.simulator.SimulatorSettings;
import io.muster.simulator.WebhookResult;
import java.net.URI;
import java.time.Duration;
import java.util.function.Predicate;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls placed through twilio-java at the phone simulator, which fetches our TwiML and signs every webhook. */
class VoiceCallSimulatorIntegrationTests extends GatewayIntegrationTest {

    private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    private static final String CALLER = "+15550009999";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PhoneSimulator simulator = PhoneSimulator.start(SimulatorSettings.builder()
            .port(0)
            .account(ACCOUNT, TOKEN)
            .smsWebhookUrl(BASE_URL + "/webhooks/twilio/sms/inbound")
            .inputTimeoutCap(Duration.ofSeconds(5))
            .build());

    private final TwilioRestClient twilio = new TwilioRestClient.Builder(ACCOUNT, TOKEN)
            .httpClient(new NetworkHttpClient(HttpClientBuilder.create()
                    .disableAutomaticRetries()
                    .setRoutePlanner(
                            (target, context) -> new HttpRoute(new HttpHost("http", "127.0.0.1", simulator.port())))))
            .build();

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void aPersonWhoPressesOneIsRecordedSafeByVoice() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        placeCall(request);

        WebhookResult pressed = simulator.pressKeys(request.phone(), "1");

        assertThat(pressed.status()).isEqualTo(200);
        assertThat(pressed.body()).contains("Thank you");
        try (var probe = probe("muster.reply.v1")) {
            JsonNode reply =
                    JSON.readTree(probe.awaitRecord(about(request), PUBLISHED).value());
            assertThat(reply.get("channel").asString()).isEqualTo("VOICE");
            assertThat(reply.get("answer").asString()).isEqualTo("SAFE");
            assertThat(reply.get("personId").asString())
                    .isEqualTo(request.personId().toString());
            assertThat(reply.get("incidentId").asString())
                    .isEqualTo(request.incidentId().toString());
        }
    }

    @Test
    void anAnsweringMachineRecordsTheMessageButHearsNoMenu() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        simulator.numbers().callOutcome(request.phone(), CallOutcome.MACHINE);
        placeCall(request);

        try (var probe = probe("muster.delivery.v1")) {
            JsonNode status =
                    JSON.readTree(probe.awaitRecord(about(request), PUBLISHED).value());
            assertThat(status.get("type").asString()).isEqualTo("NotificationDelivered");
        }
        assertThat(simulator.inbox(request.phone()))
                .extracting(PhoneMessage::body)
                .anyMatch(said -> said.contains("Evacuate building A now"))
                .noneMatch(said -> said.contains("Press 1"));
    }

    @Test
    void aBusyLineFailsTheNotificationPermanently() {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        simulator.numbers().callOutcome(request.phone(), CallOutcome.BUSY);
        placeCall(request);

        try (var probe = probe("muster.delivery.v1")) {
            JsonNode failed =
                    JSON.readTree(probe.awaitRecord(about(request), PUBLISHED).value());
            assertThat(failed.get("type").asString()).isEqualTo("NotificationFailed");
            assertThat(failed.get("reason").asString()).isEqualTo("busy");
            assertThat(failed.get("permanent").asBoolean()).isTrue();
        }
    }

    /** What the notifier does: Url with the answer token, machine detection on, the status callback naming the step. */
    private void placeCall(NotificationRequestFixture request) {
        Call.creator(
                        new PhoneNumber(request.phone()),
                        new PhoneNumber(CALLER),
                        URI.create(BASE_URL + "/webhooks/twilio/voice/twiml?token=" + tokenFor(request)))
                .setMachineDetection("Enable")
                .setStatusCallback(URI.create(BASE_URL + "/webhooks/twilio/voice/status?notificationId="
                        + request.notificationId() + "&channel=VOICE&attempt=1&incidentId=" + request.incidentId()
                        + "&personId=" + request.personId() + "&exercise=false"))
                .create(twilio);
    }

    private static Predicate<ConsumerRecord<String, String>> about(NotificationRequestFixture request) {
        return record -> record.value().contains(request.notificationId().toString());
    }
}
