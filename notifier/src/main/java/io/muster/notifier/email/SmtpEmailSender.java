package io.muster.notifier.email;

import io.muster.notifier.delivery.ChannelSender;
import io.muster.notifier.delivery.DeliveryRequest;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends alert emails over SMTP, one message per attempt with a deterministic Message-ID. */
@Component
class SmtpEmailSender implements ChannelSender {

    private final JavaMailSender mail;
    private final MailProperties settings;
    private final Session session = Session.getInstance(new Properties());

    SmtpEmailSender(JavaMailSender mail, MailProperties settings) {
        this.mail = mail;
        this.settings = settings;
    }

    @Override
    public String channel() {
        return "EMAIL";
    }

    @Override
    public String provider() {
        return "smtp";
    }

    @Override
    public String retryName() {
        return "smtp";
    }

    @Override
    public String send(DeliveryRequest request, String address, int attempt) {
        String messageId = "<" + request.notificationId() + ".EMAIL." + attempt + "@muster>";
        try {
            mail.send(message(request, address, messageId));
            return messageId;
        } catch (MessagingException | MailException failure) {
            throw MailErrors.classify(failure);
        }
    }

    private MimeMessage message(DeliveryRequest request, String address, String messageId) throws MessagingException {
        MimeMessage message = new IdentifiedMimeMessage(session, messageId);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(address, true));
        message.setSubject(EmailContent.subject(request), StandardCharsets.UTF_8.name());
        message.setText(EmailContent.body(request), StandardCharsets.UTF_8.name());
        message.setHeader("X-Muster-Notification-Id", request.notificationId().toString());
        // keeps vacation responders and mailing lists from answering an alert
        message.setHeader("Auto-Submitted", "auto-generated");
        if (request.lifeSafety()) {
            message.setHeader("X-Priority", "1");
        }
        return message;
    }
}
