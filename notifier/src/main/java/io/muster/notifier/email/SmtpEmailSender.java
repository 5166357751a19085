package io.muster.notifier.email;

import io.muster.notifier.channel.ChannelSender;
import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.channel.Outgoing;
import io.muster.notifier.token.AnswerTokens;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends alert emails through one SMTP relay: multipart/alternative text and HTML, one message per
 * attempt with Message-ID {@code <token.attempt@domain>}, so a reply correlates by its In-Reply-To.
 */
class SmtpEmailSender implements ChannelSender {

    private final JavaMailSender mail;
    private final MailProperties settings;
    private final EmailContent content;
    private final AnswerTokens tokens;
    private final boolean secondary;
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final Session session = Session.getInstance(new Properties());

    SmtpEmailSender(
            JavaMailSender mail,
            MailProperties settings,
            EmailContent content,
            AnswerTokens tokens,
            boolean secondary) {
        this.mail = mail;
        this.settings = settings;
        this.content = content;
        this.tokens = tokens;
        this.secondary = secondary;
    }

    @Override
    public String channel() {
        return "EMAIL";
    }

    @Override
    public String provider() {
        return secondary ? "smtp-secondary" : "smtp";
    }

    @Override
    public boolean secondary() {
        return secondary;
    }

    @Override
    public Outgoing prepare(DeliveryRequest request, String address, int attempt) {
        String token = tokens.mint(request.notificationId(), request.expiresAt());
        return new Outgoing(request, address, attempt, content.text(request, token), token);
    }

    @Override
    public String send(Outgoing outgoing) {
        String messageId = "<" + outgoing.token() + "." + outgoing.attempt() + "@" + settings.domain() + ">";
        try {
            mail.send(message(outgoing, messageId));
            return messageId;
        } catch (MessagingException | MailException failure) {
            throw MailErrors.classify(failure);
        }
    }

    /** Text first, HTML last: clients show the last alternative they can render. */
    private static MimeMultipart alternatives(String text, String html) throws MessagingException {
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, UTF_8, "plain");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html, UTF_8, "html");
        return new MimeMultipart("alternative", plain, rich);
    }

    private MimeMessage message(Outgoing outgoing, String messageId) throws MessagingException {
        DeliveryRequest request = outgoing.request();
        MimeMessage message = new IdentifiedMimeMessage(session, messageId);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(outgoing.address(), true));
        message.setReplyTo(new InternetAddress[] {new InternetAddress(settings.replyAddress())});
        message.setSubject(content.subject(request), UTF_8);
        message.setContent(alternatives(outgoing.content(), content.html(request, outgoing.token())));
        message.setHeader("X-Muster-Notification-Id", request.notificationId().toString());
        message.setHeader("X-Muster-Alert", "true");
        if (request.exercise()) {
            message.setHeader("X-Muster-Exercise", "true");
        }
        // keeps vacation responders and mailing lists from answering an alert
        message.setHeader("Auto-Submitted", "auto-generated");
        if (request.lifeSafety()) {
            message.setHeader("X-Priority", "1");
        }
        return message;
    }
}
