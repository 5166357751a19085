package io.muster.gateway.email;

import static io.muster.gateway.NotificationRequestFixture.openRequestTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.InboundGatewayApplication;
import io.muster.gateway.NotificationRequestFixture;
import io.muster.testkit.RealInfrastructure;
import io.muster.testkit.TestServers;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two gateway instances on one database and broker, both configured to read one reply mailbox: one at a time reads
 * it (the holder of its lease), so no mail is fetched by both; when that one stops, the other takes over at once.
 * Each reply is published once.
 */
class TwoInstancesMailboxIntegrationTests extends GatewayIntegrationTest {

    private static final String PASSWORD = "mailbox-password";
    private static final String READ = "muster.gateway.mail.read";

    @TempDir
    Path spools;

    @Test
    void oneInstanceAtATimeReadsTheMailboxAndTheOtherTakesOverWhenItStops() throws Exception {
        GreenMail mail = TestServers.shared().greenMail();
        String mailbox = "instances-" + UUID.randomUUID() + "@muster.local";
        mail.setUser(mailbox, mailbox, PASSWORD);
        ServerSetup smtp = mail.getSmtp().getServerSetup();
        int imapPort = mail.getImap().getPort();
        List<String> sent = new ArrayList<>();

        try (var replies = probe("muster.reply.v1");
                var second = Instance.reading(mailbox, imapPort, spools.resolve("second"))) {
            try (var first = Instance.reading(mailbox, imapPort, spools.resolve("first"))) {
                for (int i = 0; i < 12; i++) {
                    sent.add(deliverReply(smtp, mailbox));
                }
                for (String id : sent) {
                    replies.awaitRecord(r -> r.value().contains(id), PUBLISHED);
                }
                double byFirst = first.read();
                double bySecond = second.read();
                assertThat(byFirst + bySecond)
                        .as("mails taken from the mailbox")
                        .isEqualTo(sent.size());
                assertThat(Math.min(byFirst, bySecond))
                        .as("mails taken by the instance not holding the lease")
                        .isZero();
            }
            // whichever held it, at most one instance is left: it reads what comes next
            String after = deliverReply(smtp, mailbox);
            sent.add(after);
            replies.awaitRecord(r -> r.value().contains(after), PUBLISHED);

            for (String id : sent) {
                assertThat(replies.recordsWithin(r -> r.value().contains(id), QUIET))
                        .as("ReplyReceived for " + id)
                        .hasSize(1);
            }
        }
    }

    /** A reply by mail to a new alert; its Message-ID. */
    private String deliverReply(ServerSetup smtp, String mailbox) throws MessagingException {
        NotificationRequestFixture request =
                openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        String messageId = "<" + UUID.randomUUID() + "@mail.example.org>";
        String alert = "<" + tokenFor(request) + ".1@demo.muster.local>";
        String text = "From: someone@example.org\r\nTo: " + mailbox + "\r\nSubject: Re: alert\r\nMessage-ID: "
                + messageId + "\r\nIn-Reply-To: " + alert
                + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n1\r\n";
        MimeMessage message =
                new KeptId(GreenMailUtil.getSession(ServerSetupTest.SMTP), text.getBytes(StandardCharsets.UTF_8));
        Transport transport = GreenMailUtil.getSession(smtp).getTransport("smtp");
        try {
            transport.connect("127.0.0.1", smtp.getPort(), null, null);
            transport.sendMessage(message, message.getAllRecipients());
        } finally {
            transport.close();
        }
        return messageId;
    }

    /** A gateway of its own, on its own port, reading {@code mailbox} every 100 ms. */
    private record Instance(ConfigurableApplicationContext context) implements AutoCloseable {

        static Instance reading(String mailbox, int imapPort, Path spool) {
            int port = freePort();
            var context = new SpringApplicationBuilder(InboundGatewayApplication.class)
                    .initializers(new RealInfrastructure())
                    .run(
                            "--server.port=" + port,
                            "--muster.gateway.public-base-url=http://127.0.0.1:" + port,
                            "--muster.twilio.auth-tokens=" + TOKEN,
                            "--muster.tokens.secrets=" + SECRET,
                            "--muster.gateway.spool.directory=" + spool,
                            "--muster.mail.imap.host=127.0.0.1",
                            "--muster.mail.imap.port=" + imapPort,
                            "--muster.mail.imap.username=" + mailbox,
                            "--muster.mail.imap.password=" + PASSWORD,
                            "--muster.mail.imap.poll-interval=100ms");
            return new Instance(context);
        }

        double read() {
            return context.getBean(MeterRegistry.class).counter(READ).count();
        }

        @Override
        public void close() {
            context.close();
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** Jakarta Mail replaces the Message-ID when sending; this test chooses it. */
    private static final class KeptId extends MimeMessage {

        KeptId(Session session, byte[] raw) throws MessagingException {
            super(session, new ByteArrayInputStream(raw));
        }

        @Override
        protected void updateMessageID() {}
    }
}
