package io.muster.local;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import io.muster.local.WeekCast.Member;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;

/** The cast's mailboxes on the stack's SMTP server: the alert mails they got, and replies as a mail client sends them. */
final class MailReplies {

    private final GreenMail mail;
    private final int smtpPort;

    MailReplies(GreenMail mail, int smtpPort) {
        this.mail = mail;
        this.smtpPort = smtpPort;
    }

    /** The alert mail about {@code title} to the person (subject "[Muster] title" or "[Muster][EXERCISE] title"). */
    MimeMessage awaitAlert(Member member, String title) throws MessagingException {
        await(member.name() + " receives the alert mail about " + title)
                .atMost(WeekPhones.WAIT)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> alert(member, title).isPresent());
        return alert(member, title).orElseThrow();
    }

    private Optional<MimeMessage> alert(Member member, String title) throws MessagingException {
        for (MimeMessage message : mail.getReceivedMessages()) {
            String subject = message.getSubject();
            if (subject != null
                    && subject.startsWith("[Muster]")
                    && subject.endsWith("] " + title)
                    && sentTo(message, member.email())) {
                return Optional.of(message);
            }
        }
        return Optional.empty();
    }

    /** The mail's plain text, decoded (its first text/plain part); empty when it has none. */
    static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i));
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    private static boolean sentTo(MimeMessage message, String address) throws MessagingException {
        Address[] to = message.getRecipients(Message.RecipientType.TO);
        return to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(address));
    }

    /** What a mail client sends when the person hits Reply and types {@code firstLine} above the quote. */
    void reply(Member member, MimeMessage alert, String firstLine) throws MessagingException {
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", "127.0.0.1");
        smtp.put("mail.smtp.port", String.valueOf(smtpPort));
        MimeMessage reply = new MimeMessage(Session.getInstance(smtp));
        reply.setFrom(member.email());
        reply.setRecipients(Message.RecipientType.TO, alert.getReplyTo());
        reply.setSubject("Re: " + alert.getSubject());
        reply.setHeader("In-Reply-To", alert.getMessageID());
        reply.setHeader("References", alert.getMessageID());
        reply.setText(firstLine + "\n\nOn Monday Muster wrote:\n> " + alert.getSubject() + "\n");
        Transport.send(reply);
    }
}
