package io.muster.gateway;

import static io.muster.gateway.NotificationRequestFixture.openRequestTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.simulator.PhoneSimulator;
import io.muster.simulator.SimulatorSettings;
import io.muster.simulator.WebhookResult;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The phone simulator signs webhooks for real, so this shows our signature check matches Twilio's scheme. */
class PhoneSimulatorIntegrationTests extends GatewayIntegrationTest {

    private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    private static final String SENDER = "+15550009999";

    private final PhoneSimulator simulator = PhoneSimulator.start(SimulatorSettings.builder()
            .port(0)
            .account(ACCOUNT, TOKEN)
            .smsWebhookUrl(BASE_URL + "/webhooks/twilio/sms/inbound")
            .build());

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void acceptsTheSimulatedPhonesSignedStatusCallbackAndReply() throws Exception {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        String statusCallback =
                BASE_URL + "/webhooks/twilio/sms/status?notificationId=" + request.notificationId() + "&channel=SMS";
        assertThat(sendSms(request.phone(), "Are you safe? Reply 1 SAFE, 2 HELP. Code 47", statusCallback))
                .isEqualTo(201);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !simulator.inbox(request.phone()).isEmpty());

        WebhookResult result = simulator.replySms(request.phone(), "1");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).contains("Thank you. Recorded: SAFE");
        try (var probe = probe("muster.reply.v1", "muster.delivery.v1")) {
            probe.awaitRecord(r -> r.topic().equals("muster.reply.v1") && about(request, r.value()), PUBLISHED);
            probe.awaitRecord(r -> r.value().contains("NotificationDelivered") && about(request, r.value()), PUBLISHED);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> simulator.inbox(request.phone()).stream()
                .anyMatch(m -> m.body().startsWith("Thank you")));
    }

    /** What the notifier does through twilio-java: create a message with a status callback. */
    private int sendSms(String to, String body, String statusCallback) throws Exception {
        String form =
                Map.of("To", to, "From", SENDER, "Body", body, "StatusCallback", statusCallback).entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        String credentials =
                Base64.getEncoder().encodeToString((ACCOUNT + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
        HttpRequest create = HttpRequest.newBuilder(
                        URI.create(simulator.baseUrl() + "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json"))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(create, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private static boolean about(NotificationRequestFixture request, String value) {
        return value.contains(request.notificationId().toString());
    }
}
