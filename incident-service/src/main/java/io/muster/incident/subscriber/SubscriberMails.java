package io.muster.incident.subscriber;

import io.muster.incident.publicstatus.PublicStatusProperties;
import io.muster.incident.statement.LanguageText;
import io.muster.incident.statement.PublishedStatement;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Writes the two mails subscribers get: the confirmation link, and a published statement; both can unsubscribe. */
@Component
class SubscriberMails {

    private final JavaMailSender sender;
    private final SubscriberTokens tokens;
    private final SubscriberProperties properties;
    private final PublicStatusProperties status;
    private final Clock clock;

    SubscriberMails(
            JavaMailSender sender,
            SubscriberTokens tokens,
            SubscriberProperties properties,
            PublicStatusProperties status,
            Clock clock) {
        this.sender = sender;
        this.tokens = tokens;
        this.properties = properties;
        this.status = status;
        this.clock = clock;
    }

    MimeMessage confirmation(Delivery delivery) throws MessagingException {
        String link = status.statusUrl() + "/subscribe/confirm?token="
                + tokens.mint(
                        SubscriberTokens.Purpose.CONFIRM,
                        delivery.subscriberId(),
                        clock.instant().plus(properties.confirmLinkValidity()));
        String body =
                "Please confirm that you want " + status.organisation() + "'s public statements by email:\n\n" + link
                        + "\n\nIf you did not ask for this, ignore this mail: nothing will be sent without confirmation.\n";
        return mail(delivery, "Confirm your subscription to " + status.organisation() + " status updates", body);
    }

    MimeMessage statement(Delivery delivery, PublishedStatement statement) throws MessagingException {
        StringBuilder body = new StringBuilder();
        if (statement.exercise()) {
            body.append("EXERCISE - this statement belongs to a drill.\n\n");
        }
        for (LanguageText text : statement.texts()) {
            body.append(text.headlineOr(statement.headline()))
                    .append("\n\n")
                    .append(text.text())
                    .append("\n\n");
        }
        body.append(status.statusUrl()).append("\n");
        String subject = (statement.exercise() ? "[Exercise] " : "")
                + ("Alert".equals(statement.msgType()) ? "" : statement.msgType() + ": ")
                + statement.headline();
        return mail(delivery, subject, body.toString());
    }

    private MimeMessage mail(Delivery delivery, String subject, String body) throws MessagingException {
        String unsubscribe = status.statusUrl() + "/unsubscribe?token="
                + tokens.mint(
                        SubscriberTokens.Purpose.UNSUBSCRIBE,
                        delivery.subscriberId(),
                        clock.instant().plus(properties.unsubscribeLinkValidity()));
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(delivery.email());
        helper.setSubject(subject.replaceAll("[\\r\\n]+", " "));
        helper.setText(body + "\n--\nUnsubscribe: " + unsubscribe + "\n");
        message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
        return message;
    }

    /**
     * Sends the messages over one connection; answers the ones that failed with why (all of them
     * when the server could not be reached at all), so each can be retried on its own.
     */
    Map<Object, Exception> sendAll(Collection<MimeMessage> messages) {
        if (messages.isEmpty()) {
            return Map.of();
        }
        try {
            sender.send(messages.toArray(MimeMessage[]::new));
            return Map.of();
        } catch (MailSendException e) {
            return e.getFailedMessages().isEmpty() ? allFailed(messages, e) : e.getFailedMessages();
        } catch (MailException e) {
            return allFailed(messages, e);
        }
    }

    private static Map<Object, Exception> allFailed(Collection<MimeMessage> messages, Exception e) {
        Map<Object, Exception> failed = new IdentityHashMap<>();
        messages.forEach(message -> failed.put(message, e));
        return failed;
    }
}
