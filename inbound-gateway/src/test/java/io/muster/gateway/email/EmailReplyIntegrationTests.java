package io.muster.gateway.email;

import static io.muster.gateway.NotificationRequestFixture.openRequestTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.NotificationRequestFixture;
import io.muster.gateway.incident.Incidents;
import io.muster.testkit.TestServers;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Mails delivered over real SMTP to the reply mailbox, which the gateway reads over real IMAP. */
class EmailReplyIntegrationTests extends GatewayIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private Incidents incidents;

    @Test
    void correlatesAReplyWithQuotedHistoryAndASignatureToItsNotificationAndAnswer() throws Exception {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        String messageId = newMessageId();

        deliver(
                messageId,
                "Re: Fire alarm at Riverside",
                alertId(request),
                """
                2
                I am stuck on floor 3

                On Sat, 21 Nov 2026 at 09:15, Muster <alerts@demo.muster.local> wrote:
                > Evacuate building A now. Reply 1 if you are safe, 2 if you need help.
                > 1

                --\u0020
                Ada Lovelace
                1 Analytical Engine Way
                """);

        try (var probe = probe("muster.reply.v1")) {
            JsonNode reply =
                    JSON.readTree(probe.awaitRecord(about(request), PUBLISHED).value());
            assertThat(reply.get("channel").asString()).isEqualTo("EMAIL");
            assertThat(reply.get("answer").asString()).isEqualTo("NEEDS_HELP");
            assertThat(reply.get("rawAnswer").asString()).isEqualTo("2");
            assertThat(reply.get("freeText").asString()).isEqualTo("I am stuck on floor 3");
            assertThat(reply.get("providerReference").asString()).isEqualTo(messageId);
            assertThat(reply.get("personId").asString())
                    .isEqualTo(request.personId().toString());
        }
    }

    @Test
    void publishesAMailDeliveredTwiceOnlyOnce() throws Exception {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        String messageId = newMessageId();

        deliver(messageId, "Re: alert", alertId(request), "safe\n");
        deliver(messageId, "Re: alert", alertId(request), "safe\n");

        try (var probe = probe("muster.reply.v1")) {
            probe.awaitRecord(about(request), PUBLISHED);
            assertThat(probe.recordsWithin(about(request), QUIET)).hasSize(1);
        }
        await().atMost(PUBLISHED).until(() -> loggedOutcomes(messageId).equals(List.of("true CORRELATED")));
    }

    @Test
    void everyReplyMailCountsEvenWithTheSameAnswerAndAChangedOneToo() throws Exception {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);

        deliver(newMessageId(), "Re: alert", alertId(request), "2\nfloor 3\n");
        deliver(newMessageId(), "Re: alert", alertId(request), "2\nfloor 4 now\n");
        deliver(newMessageId(), "Re: alert", alertId(request), "1\n");

        try (var probe = probe("muster.reply.v1")) {
            await().atMost(PUBLISHED)
                    .until(() -> probe.recordsWithin(about(request), Duration.ofMillis(200))
                                    .size()
                            >= 3);
            assertThat(probe.recordsWithin(about(request), QUIET))
                    .extracting(record ->
                            JSON.readTree(record.value()).get("answer").asString())
                    .containsExactly("NEEDS_HELP", "NEEDS_HELP", "SAFE");
        }
    }

    @Test
    void aReplyToTheAlertOfAClosedIncidentIsRecordedAsLate() throws Exception {
        var request = openRequestTo(newPhoneNumber(), "47")
                .publishedAndIndexed(kafka, openRequests)
                .closed(kafka, incidents);

        deliver(newMessageId(), "Re: alert", alertId(request), "safe\n");

        try (var probe = probe("muster.reply.v1")) {
            JsonNode reply =
                    JSON.readTree(probe.awaitRecord(about(request), PUBLISHED).value());
            assertThat(reply.get("late").asBoolean()).isTrue();
        }
    }

    @Test
    void logsAMailThatAnswersNoAlertAsUncorrelated() throws Exception {
        String messageId = newMessageId();

        deliver(messageId, "Hello", null, "1\n");

        await().atMost(PUBLISHED).until(() -> loggedOutcomes(messageId).equals(List.of("false UNCORRELATED")));
    }

    @Test
    void failsTheNotificationPermanentlyWhenTheAlertBounces() throws Exception {
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        String bounceId = newMessageId();
        String raw =
                """
                From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
                To: %1$s
                Subject: Undelivered Mail Returned to Sender
                Message-ID: %2$s
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

                --b1
                Content-Type: text/plain

                Your message could not be delivered.
                --b1
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.org

                Final-Recipient: rfc822; gone@example.org
                Action: failed
                Status: 5.1.1
                --b1
                Content-Type: text/rfc822-headers

                Message-ID: %3$s
                Subject: Fire alarm at Riverside
                --b1--
                """
                        .formatted(REPLY_MAILBOX, bounceId, alertId(request))
                        .replace("\n", "\r\n");

        send(new KeptIdMessage(session(), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))));

        try (var probe = probe("muster.delivery.v1")) {
            ConsumerRecord<String, String> record = probe.awaitRecord(about(request), PUBLISHED);
            JsonNode failed = JSON.readTree(record.value());
            assertThat(record.key()).isEqualTo(request.notificationId().toString());
            assertThat(failed.get("type").asString()).isEqualTo("NotificationFailed");
            assertThat(failed.get("channel").asString()).isEqualTo("EMAIL");
            assertThat(failed.get("attempt").asInt()).isEqualTo(3);
            assertThat(failed.get("permanent").asBoolean()).isTrue();
            assertThat(failed.get("reason").asString()).isEqualTo("bounced: gone@example.org unreachable");
        }
        await().atMost(PUBLISHED).until(() -> loggedOutcomes(bounceId).equals(List.of("true BOUNCED")));
    }

    private void deliver(String messageId, String subject, String inReplyTo, String text) throws Exception {
        MimeMessage message = new KeptIdMessage(session());
        message.setHeader("Message-ID", messageId);
        message.setFrom("ada.lovelace@demo.muster.local");
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, REPLY_MAILBOX);
        message.setSubject(subject);
        if (inReplyTo != null) {
            message.setHeader("In-Reply-To", inReplyTo);
            message.setHeader("References", "<older@elsewhere> " + inReplyTo);
        }
        message.setText(text, "UTF-8");
        send(message);
    }

    private static void send(MimeMessage message) throws Exception {
        Transport.send(message);
    }

    private static Session session() {
        return GreenMailUtil.getSession(
                TestServers.shared().greenMail().getSmtp().getServerSetup());
    }

    /** The alert's Message-ID as the notifier sets it: the answer token and the attempt. */
    private static String alertId(NotificationRequestFixture request) {
        return "<" + tokenFor(request) + ".3@demo.muster.local>";
    }

    private static String newMessageId() {
        return "<" + UUID.randomUUID() + "@mail.example.org>";
    }

    private static Predicate<ConsumerRecord<String, String>> about(NotificationRequestFixture request) {
        return record -> record.value().contains(request.notificationId().toString());
    }

    /** Jakarta Mail replaces the Message-ID when sending; these tests need to choose it. */
    private static final class KeptIdMessage extends MimeMessage {

        KeptIdMessage(Session session) {
            super(session);
        }

        KeptIdMessage(Session session, java.io.InputStream raw) throws jakarta.mail.MessagingException {
            super(session, raw);
        }

        @Override
        protected void updateMessageID() {}
    }
}
