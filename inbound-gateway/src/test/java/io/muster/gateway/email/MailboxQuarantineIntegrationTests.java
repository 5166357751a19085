package io.muster.gateway.email;

import static io.muster.gateway.NotificationRequestFixture.openRequestTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.NotificationRequestFixture;
import io.muster.gateway.lease.Leases;
import io.muster.gateway.quarantine.QuarantinedMails;
import io.muster.testkit.TestServers;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * One mail the mailbox cannot read (or could never store) is moved to the quarantine folder and listed for an
 * operator, and the mails behind it are still answered; the mailbox is read over IMAPS, and STARTTLS never falls
 * back to cleartext. Each test reads a mailbox of its own with a mailbox reader of its own, polled by hand.
 */
class MailboxQuarantineIntegrationTests extends GatewayIntegrationTest {

    private static final String PASSWORD = "mailbox-password";
    private static final long STARTUP = Duration.ofSeconds(30).toMillis();

    @Autowired
    private EmailReplies replies;

    @Autowired
    private QuarantinedMails quarantine;

    @Autowired
    private Leases leases;

    @Autowired
    private DatabaseClient db;

    @Test
    void aMailThatCannotBeReadIsQuarantinedAndTheRepliesBehindItAreStillAnswered() throws Exception {
        GreenMail mail = TestServers.shared().greenMail();
        String mailbox = "quarantine-" + UUID.randomUUID() + "@muster.local";
        mail.setUser(mailbox, mailbox, PASSWORD);
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        String brokenId = newMessageId();
        String nulId = newMessageId();
        String replyId = newMessageId();
        deliver(
                mail.getSmtp().getServerSetup(),
                raw(mailbox, brokenId, "Content-Type: multipart/mixed\r\n", "no parts at all"));
        deliver(mail.getSmtp().getServerSetup(), raw(mailbox, nulId, "", "1\u0000 safe"));
        deliver(mail.getSmtp().getServerSetup(), reply(mailbox, replyId, request));

        try (var probe = probe("muster.reply.v1")) {
            reader(mailbox, mail.getImap().getServerSetup(), ImapProperties.Security.NONE)
                    .poll();

            probe.awaitRecord(record -> record.value().contains(replyId), PUBLISHED);
        }
        assertThat(quarantinedIds()).contains(brokenId, nulId).doesNotContain(replyId);
        assertThat(messagesIn(mail.getImap().getServerSetup(), mailbox, "Quarantine"))
                .isEqualTo(2);
        assertThat(messagesIn(mail.getImap().getServerSetup(), mailbox, "INBOX"))
                .isEqualTo(1);
    }

    @Test
    void readsTheMailboxOverImaps() throws Exception {
        ServerSetup[] setups = ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.SMTP, ServerSetupTest.IMAPS});
        for (ServerSetup setup : setups) {
            setup.setServerStartupTimeout(STARTUP); // 2 s by default: too short on a loaded build machine
        }
        GreenMail secure = new GreenMail(setups);
        secure.start();
        try {
            String mailbox = "tls-" + UUID.randomUUID() + "@muster.local";
            secure.setUser(mailbox, mailbox, PASSWORD);
            var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
            String replyId = newMessageId();
            deliver(secure.getSmtp().getServerSetup(), reply(mailbox, replyId, request));

            try (var probe = probe("muster.reply.v1")) {
                reader(mailbox, secure.getImaps().getServerSetup(), ImapProperties.Security.IMAPS)
                        .poll();

                probe.awaitRecord(record -> record.value().contains(replyId), PUBLISHED);
            }
        } finally {
            secure.stop();
        }
    }

    @Test
    void startTlsThatTheServerDoesNotOfferIsAFailureNeverCleartext() throws Exception {
        GreenMail mail = TestServers.shared().greenMail();
        String mailbox = "starttls-" + UUID.randomUUID() + "@muster.local";
        mail.setUser(mailbox, mailbox, PASSWORD);
        var request = openRequestTo(newPhoneNumber(), "47").publishedAndIndexed(kafka, openRequests);
        deliver(mail.getSmtp().getServerSetup(), reply(mailbox, newMessageId(), request));

        assertThatThrownBy(() -> reader(mailbox, mail.getImap().getServerSetup(), ImapProperties.Security.STARTTLS)
                        .poll())
                .isInstanceOf(MessagingException.class);
        assertThat(messagesIn(mail.getImap().getServerSetup(), mailbox, "INBOX"))
                .isEqualTo(1);
    }

    private ImapMailbox reader(String mailbox, ServerSetup imap, ImapProperties.Security security) {
        var properties = new ImapProperties(
                "127.0.0.1",
                imap.getPort(),
                mailbox,
                PASSWORD,
                "INBOX",
                Duration.ofHours(1),
                security,
                security == ImapProperties.Security.NONE ? null : "127.0.0.1",
                Duration.ofSeconds(10),
                "Quarantine",
                Duration.ofSeconds(30));
        return new ImapMailbox(properties, replies, quarantine, leases, new SimpleMeterRegistry());
    }

    private List<String> quarantinedIds() {
        return db.sql("select message_id from quarantined_mails")
                .map(row -> row.get("message_id", String.class))
                .all()
                .collectList()
                .block();
    }

    private static int messagesIn(ServerSetup imap, String mailbox, String folderName) throws MessagingException {
        Session session = Session.getInstance(new java.util.Properties());
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", imap.getPort(), mailbox, PASSWORD);
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return 0;
            }
            folder.open(Folder.READ_ONLY);
            try {
                return folder.getMessageCount();
            } finally {
                folder.close(false);
            }
        }
    }

    private static MimeMessage reply(String mailbox, String messageId, NotificationRequestFixture request)
            throws MessagingException {
        String alert = "<" + tokenFor(request) + ".3@demo.muster.local>";
        return raw(mailbox, messageId, "In-Reply-To: " + alert + "\r\n", "1\r\n");
    }

    private static MimeMessage raw(String mailbox, String messageId, String extraHeaders, String body)
            throws MessagingException {
        String text = "From: someone@example.org\r\nTo: " + mailbox + "\r\nSubject: Re: alert\r\nMessage-ID: "
                + messageId + "\r\nMIME-Version: 1.0\r\n"
                + (extraHeaders.contains("Content-Type")
                        ? extraHeaders
                        : extraHeaders + "Content-Type: text/plain; charset=UTF-8\r\n")
                + "\r\n" + body + "\r\n";
        return new KeptId(GreenMailUtil.getSession(ServerSetupTest.SMTP), text.getBytes(StandardCharsets.UTF_8));
    }

    private static void deliver(ServerSetup smtp, MimeMessage message) throws MessagingException {
        Transport transport = GreenMailUtil.getSession(smtp).getTransport("smtp");
        try {
            transport.connect("127.0.0.1", smtp.getPort(), null, null);
            transport.sendMessage(message, message.getAllRecipients());
        } finally {
            transport.close();
        }
    }

    private static String newMessageId() {
        return "<" + UUID.randomUUID() + "@mail.example.org>";
    }

    /** Jakarta Mail replaces the Message-ID when sending; these tests choose it. */
    private static final class KeptId extends MimeMessage {

        KeptId(Session session, byte[] raw) throws MessagingException {
            super(session, new ByteArrayInputStream(raw));
        }

        @Override
        protected void updateMessageID() {}
    }
}
