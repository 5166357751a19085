package io.muster.notifier.email;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.muster.messages.AlertTexts;
import io.muster.messages.Email;
import io.muster.notifier.NotifierProperties;
import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.wording.Alerts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Subject, plain text and HTML of an email in the person's language, with the answer link when it asks. The
 * words come from the messages module ({@code io.muster.messages.AlertTexts}); the HTML layout is {@code templates/email.mustache}.
 */
@Component
class EmailContent {

    private static final Template HTML = template("/templates/email.mustache");

    private final AlertTexts texts;
    private final NotifierProperties notifier;

    EmailContent(AlertTexts texts, NotifierProperties notifier) {
        this.texts = texts;
        this.notifier = notifier;
    }

    String subject(DeliveryRequest request) {
        return texts.email(Alerts.of(request, "")).subject();
    }

    String text(DeliveryRequest request, String token) {
        return email(request, token).text();
    }

    /** The same content as HTML ({@code templates/email.mustache}); Mustache escapes everything from the request. */
    String html(DeliveryRequest request, String token) {
        Email email = email(request, token);
        Map<String, Object> values = new HashMap<>();
        if (!email.notice().isEmpty()) {
            values.put("notice", email.notice());
        }
        values.put("heading", email.heading());
        values.put("paragraphs", email.paragraphs());
        Email.Answer answer = email.answer();
        if (answer != null) {
            values.put("answer", Map.of("link", answer.link(), "label", answer.label(), "reply", answer.reply()));
        }
        values.put("footer", email.footer());
        return HTML.execute(values);
    }

    private Email email(DeliveryRequest request, String token) {
        return texts.email(Alerts.of(request, notifier.answerLink(token)));
    }

    private static Template template(String path) {
        try (InputStream in = EmailContent.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath");
            }
            return Mustache.compiler()
                    .withEscaper(text -> HtmlUtils.htmlEscape(text, "UTF-8")) // accents kept: the mail is UTF-8
                    .compile(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
