package io.muster.notifier.email;

import io.muster.notifier.NotifierProperties;
import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.template.Templates;
import io.muster.notifier.template.Wording;
import io.muster.notifier.template.Wordings;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Subject, plain text and HTML of an email in the person's language (the words around the commander's from
 * the request's purpose: an alert, a reminder, the all-clear, ...), with the answer link when it asks.
 */
@Component
class EmailContent {

    private final Templates templates;
    private final Wordings wordings;
    private final NotifierProperties notifier;

    EmailContent(Templates templates, Wordings wordings, NotifierProperties notifier) {
        this.templates = templates;
        this.wordings = wordings;
        this.notifier = notifier;
    }

    String subject(DeliveryRequest request) {
        String exercise = request.exercise() ? text(request, "exercise.tag", Map.of()) : "";
        return text(
                request,
                "email.subject",
                Map.of("exercise", exercise, "heading", wordings.of(request).heading()));
    }

    String text(DeliveryRequest request, String token) {
        StringBuilder body = new StringBuilder();
        if (request.exercise()) {
            body.append(text(request, "exercise.notice", Map.of())).append("\n\n");
        }
        Wording wording = wordings.of(request);
        body.append(wording.heading()).append("\n\n");
        wording.paragraphs().forEach(paragraph -> body.append(paragraph).append("\n"));
        if (request.expectsAnswer()) {
            body.append('\n').append(text(request, "email.answer.link", Map.of("link", link(token))));
            body.append('\n').append(text(request, "email.answer.reply", Map.of("menu", menu(request))));
            body.append('\n');
        }
        return body.append("\n-- \n")
                .append(text(request, "email.footer", Map.of()))
                .append('\n')
                .toString();
    }

    /** The same content as HTML; everything from the request is escaped. */
    String html(DeliveryRequest request, String token) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>");
        if (request.exercise()) {
            html.append("<p><strong>").append(escaped(text(request, "exercise.notice", Map.of())));
            html.append("</strong></p>");
        }
        Wording wording = wordings.of(request);
        html.append("<h1>").append(escaped(wording.heading())).append("</h1>");
        wording.paragraphs()
                .forEach(paragraph ->
                        html.append("<p>").append(escaped(paragraph)).append("</p>"));
        if (request.expectsAnswer()) {
            String link = escaped(link(token));
            String label = escaped(
                    text(request, "email.answer.link", Map.of("link", "")).strip());
            html.append("<p><a href=\"")
                    .append(link)
                    .append("\">")
                    .append(label)
                    .append(' ');
            html.append(link).append("</a></p>");
            html.append("<p>").append(escaped(text(request, "email.answer.reply", Map.of("menu", menu(request)))));
            html.append("</p>");
        }
        html.append("<p><small>").append(escaped(text(request, "email.footer", Map.of())));
        return html.append("</small></p></body></html>").toString();
    }

    private String link(String token) {
        return notifier.answerLink(token);
    }

    /** Each option with a known answer in the person's language ("J'ai besoin d'aide"). */
    private String menu(DeliveryRequest request) {
        return request.replyOptions().stream()
                .map(option -> option.key() + " = "
                        + (option.answer() == null
                                ? option.label()
                                : templates
                                        .find(
                                                request.locale(),
                                                request.incidentType(),
                                                "option.email." + option.answer())
                                        .orElse(option.label())))
                .collect(Collectors.joining(" / "));
    }

    private String text(DeliveryRequest request, String key, Map<String, String> values) {
        return templates.render(request.locale(), request.incidentType(), key, values);
    }

    private static String escaped(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
