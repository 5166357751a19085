package io.muster.notifier.email;

import io.muster.messages.AlertTexts;
import io.muster.messages.Email;
import io.muster.notifier.NotifierProperties;
import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.wording.Alerts;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Subject, plain text and HTML of an email in the person's language, with the answer link when it asks. The
 * words come from the messages module ({@code io.muster.messages.AlertTexts}); the HTML layout is here.
 */
@Component
class EmailContent {

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

    /** The same content as HTML; everything from the request is escaped. */
    String html(DeliveryRequest request, String token) {
        Email email = email(request, token);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>");
        if (!email.notice().isEmpty()) {
            html.append("<p><strong>").append(escaped(email.notice())).append("</strong></p>");
        }
        html.append("<h1>").append(escaped(email.heading())).append("</h1>");
        email.paragraphs()
                .forEach(paragraph ->
                        html.append("<p>").append(escaped(paragraph)).append("</p>"));
        Email.Answer answer = email.answer();
        if (answer != null) {
            String link = escaped(answer.link());
            html.append("<p><a href=\"")
                    .append(link)
                    .append("\">")
                    .append(escaped(answer.label()))
                    .append(' ');
            html.append(link).append("</a></p>");
            html.append("<p>").append(escaped(answer.reply())).append("</p>");
        }
        html.append("<p><small>").append(escaped(email.footer()));
        return html.append("</small></p></body></html>").toString();
    }

    private Email email(DeliveryRequest request, String token) {
        return texts.email(Alerts.of(request, notifier.answerLink(token)));
    }

    private static String escaped(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
