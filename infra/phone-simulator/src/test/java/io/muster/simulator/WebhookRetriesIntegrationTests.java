package io.muster.simulator;

import static io.muster.simulator.MessagesIntegrationTests.freshNumber;
import static io.muster.simulator.WebhookReceiver.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import io.muster.simulator.twilio.WebhookUnreachableException;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhooks are retried as Twilio retries them: its defaults, or the URL's connection-override fragment. */
class WebhookRetriesIntegrationTests {

    private static final PhoneNumber SENDER = new PhoneNumber("+15550009999");

    private WebhookReceiver app;
    private PhoneSimulator simulator;
    private TwilioRestClient twilio;

    @BeforeEach
    void start() throws IOException {
        app = new WebhookReceiver();
    }

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
        app.close();
    }

    @Test
    void aWebhookAnswered503IsNotRetriedByDefaultBecauseTwilioRetriesOnlyFailedConnections() {
        start(TwilioClients.settings().smsWebhookUrl(app.url("/sms")));
        app.failNext("/sms", 503, 1);
        String phone = textedPhone();

        WebhookResult result = simulator.replySms(phone, "1");

        assertThat(result.status()).isEqualTo(503);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(app.received(on("/sms"))).hasSize(1);
        assertThat(simulator.sent(phone)).singleElement().satisfies(sent -> assertThat(sent.accepted())
                .isFalse());
        assertThat(simulator.failedWebhooks()).singleElement().satisfies(failed -> {
            assertThat(failed.status()).isEqualTo(503);
            assertThat(failed.params()).containsEntry("From", phone);
        });
    }

    @Test
    void aFragmentAskingForRetriesOn5xxBringsTheSameSignedWebhookAgain() {
        start(TwilioClients.settings().smsWebhookUrl(app.url("/sms") + "#rc=3&rp=5xx"));
        app.failNext("/sms", 503, 1);
        String phone = textedPhone();

        WebhookResult result = simulator.replySms(phone, "1");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.attempts()).isEqualTo(2);
        List<WebhookReceiver.Received> tries = app.received(on("/sms"));
        assertThat(tries).hasSize(2);
        assertThat(tries)
                .extracting(r -> r.param("MessageSid"))
                .containsOnly(tries.getFirst().param("MessageSid"));
        // The fragment never reaches the application: the signature covers the URL it sees.
        assertThat(tries).allSatisfy(r -> {
            assertThat(r.url()).doesNotContain("#");
            assertThat(r.signedWith(TwilioClients.AUTH_TOKEN)).isTrue();
        });
        assertThat(simulator.sent(phone)).singleElement().satisfies(sent -> {
            assertThat(sent.accepted()).isTrue();
            assertThat(sent.attempts()).isEqualTo(2);
        });
        assertThat(simulator.stats().webhooksRetried()).isEqualTo(1);
        assertThat(simulator.failedWebhooks()).isEmpty();
    }

    @Test
    void anApplicationThatCannotBeReachedIsTriedOnceMoreByDefault() throws IOException {
        start(TwilioClients.settings().smsWebhookUrl(closedPortUrl() + "/sms"));
        String phone = textedPhone();

        assertThatThrownBy(() -> simulator.replySms(phone, "1"))
                .isInstanceOfSatisfying(WebhookUnreachableException.class, e -> assertThat(e.attempts())
                        .isEqualTo(2));
        assertThat(simulator.sent(phone)).singleElement().satisfies(sent -> {
            assertThat(sent.unreachable()).isTrue();
            assertThat(sent.attempts()).isEqualTo(2);
        });
        assertThat(simulator.failedWebhooks()).singleElement().satisfies(failed -> assertThat(failed.unreachable())
                .isTrue());
    }

    @Test
    void retriesStopWhenTheTotalTimeIsSpent() {
        start(TwilioClients.settings().smsWebhookUrl(app.url("/sms") + "#rc=5&rp=all&tt=2500"));
        app.failNext("/sms", 500, 100);
        String phone = textedPhone();

        WebhookResult result = simulator.replySms(phone, "1");

        // Tries at 0 s and 1 s; the next would start at 3 s, after the 2.5 s allowed.
        assertThat(result.status()).isEqualTo(500);
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(app.received(on("/sms"))).hasSize(2);
    }

    @Test
    void withRetriesOffEveryWebhookIsTriedOnceWhateverItsUrlAsks() {
        start(TwilioClients.settings().webhookRetries(false).smsWebhookUrl(app.url("/sms") + "#rc=5&rp=all"));
        app.failNext("/sms", 503, 5);
        String phone = textedPhone();

        WebhookResult result = simulator.replySms(phone, "1");

        assertThat(result.attempts()).isEqualTo(1);
        assertThat(app.received(on("/sms"))).hasSize(1);
    }

    @Test
    void changedDefaultsApplyToWebhooksWithoutAFragment() {
        start(TwilioClients.settings().webhookDefaults("rc=2&rp=5xx").smsWebhookUrl(app.url("/sms")));
        app.failNext("/sms", 502, 2);
        String phone = textedPhone();

        WebhookResult result = simulator.replySms(phone, "1");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.attempts()).isEqualTo(3);
    }

    @Test
    void aStatusCallbackWithRetriesInItsFragmentIsRetriedToo() {
        start(TwilioClients.settings());
        app.failNext("/status", 503, 1);

        Message.creator(new PhoneNumber(freshNumber()), SENDER, "x")
                .setStatusCallback(URI.create(app.url("/status") + "#rc=1&rp=5xx"))
                .create(twilio);

        // sent (503, then 200 on the retry) and delivered.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> app.received(on("/status")).size() == 3);
        assertThat(app.received(on("/status")))
                .extracting(r -> r.param("MessageStatus"))
                .containsExactly("sent", "sent", "delivered");
        assertThat(simulator.failedWebhooks()).isEmpty();
    }

    private void start(SimulatorSettings.Builder settings) {
        simulator = PhoneSimulator.start(settings.build());
        twilio = TwilioClients.pointedAt(simulator);
    }

    private String textedPhone() {
        String phone = freshNumber();
        Message.creator(new PhoneNumber(phone), SENDER, "Are you safe? Reply 1").create(twilio);
        return phone;
    }

    private static String closedPortUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }
}
