package io.muster.simulator;

import static io.muster.simulator.MessagesIntegrationTests.freshNumber;
import static io.muster.simulator.WebhookReceiver.on;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InboundSmsIntegrationTests {

    private static final String HOTLINE = "+15550009001";

    private WebhookReceiver app;
    private PhoneSimulator simulator;
    private TwilioRestClient twilio;

    @BeforeEach
    void start() throws Exception {
        app = new WebhookReceiver();
        simulator = PhoneSimulator.start(
                TwilioClients.settings().smsWebhookUrl(app.url("/sms")).build());
        twilio = TwilioClients.pointedAt(simulator);
    }

    @AfterEach
    void stop() {
        simulator.close();
        app.close();
    }

    @Test
    void replyGoesToTheNumberThatLastTextedThePhoneAsASignedWebhook() {
        String phone = freshNumber();
        Message.creator(new PhoneNumber(phone), new PhoneNumber(HOTLINE), "Are you safe? Reply 1")
                .create(twilio);

        WebhookResult result = simulator.replySms(phone, "1");

        assertThat(result.status()).isEqualTo(200);
        WebhookReceiver.Received webhook = app.awaitOne(on("/sms"));
        assertThat(webhook.param("From")).isEqualTo(phone);
        assertThat(webhook.param("To")).isEqualTo(HOTLINE);
        assertThat(webhook.param("Body")).isEqualTo("1");
        assertThat(webhook.param("MessageSid")).matches("SM[0-9a-f]{32}");
        assertThat(webhook.param("AccountSid")).isEqualTo(TwilioClients.ACCOUNT_SID);
        assertThat(webhook.signedWith(TwilioClients.AUTH_TOKEN)).isTrue();
    }

    @Test
    void messageInTheTwimlAnswerLandsInThePhonesInbox() {
        app.answer(
                "/sms",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>Thanks, marked safe &amp; sound</Message></Response>");
        String phone = freshNumber();
        Message.creator(new PhoneNumber(phone), new PhoneNumber(HOTLINE), "Reply 1")
                .create(twilio);

        WebhookResult result = simulator.replySms(phone, "1");

        assertThat(result.body()).contains("marked safe");
        assertThat(simulator.inbox(phone))
                .extracting(PhoneMessage::from, PhoneMessage::body)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(HOTLINE, "Reply 1"),
                        org.assertj.core.groups.Tuple.tuple(HOTLINE, "Thanks, marked safe & sound"));
    }

    @Test
    void phoneThatNobodyTextedHasNobodyToReplyTo() {
        assertThatThrownBy(() -> simulator.replySms(freshNumber(), "1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void phoneCanTextAHotlineFirst() {
        String phone = freshNumber();

        simulator.sendSms(phone, HOTLINE, "HELP");

        assertThat(app.awaitOne(on("/sms")).param("To")).isEqualTo(HOTLINE);
    }

    @Test
    void autoAnswerRepliesForTheConfiguredShareOfPhones() {
        simulator.autoAnswer(new AutoAnswerPolicy(true, "1", null, 0.5, Duration.ZERO, Duration.ofMillis(50)));
        int phones = 200;
        for (int i = 0; i < phones; i++) {
            Message.creator(new PhoneNumber(freshNumber()), new PhoneNumber(HOTLINE), "Reply 1")
                    .create(twilio);
        }

        await().pollDelay(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(10))
                .until(() -> app.received(on("/sms")).size(), replies -> replies >= 70);
        List<WebhookReceiver.Received> replies = app.received(on("/sms"));
        assertThat(replies).hasSizeBetween(70, 130).allSatisfy(reply -> assertThat(reply.param("Body"))
                .isEqualTo("1"));
    }

    @Test
    void autoAnswerOffMeansNoReplies() {
        simulator.autoAnswer(AutoAnswerPolicy.everyone("1"));
        simulator.autoAnswer(AutoAnswerPolicy.off());

        Message.creator(new PhoneNumber(freshNumber()), new PhoneNumber(HOTLINE), "Reply 1")
                .create(twilio);

        assertThat(app.received(on("/sms"))).isEmpty();
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> app.received(on("/sms"))
                .isEmpty());
    }
}
