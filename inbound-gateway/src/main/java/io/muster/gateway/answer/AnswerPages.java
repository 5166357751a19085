package io.muster.gateway.answer;

import io.muster.gateway.correlation.OpenRequest;
import io.muster.gateway.correlation.ReplyOption;
import io.muster.gateway.incident.IncidentStatus;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/** The HTML of the answer page: plain, self-contained, readable on a phone; every value escaped. */
final class AnswerPages {

    private static final DateTimeFormatter UPDATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private AnswerPages() {}

    static String form(OpenRequest request, String token) {
        return form(request, token, null);
    }

    /** The form, with the incident's latest internal update between the alert and the buttons when there is one. */
    static String form(OpenRequest request, String token, @Nullable IncidentStatus incident) {
        String heading =
                (request.exercise() ? "[EXERCISE] " : "") + Objects.requireNonNullElse(request.subject(), "Alert");
        if (!request.asksForAnswer()) {
            return page(
                    heading,
                    paragraph(request.body()) + latestUpdate(incident) + "<p><small>No answer is needed.</small></p>");
        }
        String buttons =
                request.offeredOptions().stream().map(AnswerPages::button).collect(Collectors.joining("\n"));
        return page(
                heading,
                paragraph(request.body())
                        + latestUpdate(incident)
                        + "<form method=\"post\" action=\"/answer/" + escape(token) + "\">\n"
                        + "<label>Where are you? (optional)<input name=\"location\" maxlength=\"200\"></label>\n"
                        + "<label>Comment (optional)<textarea name=\"comment\" maxlength=\"1000\"></textarea></label>\n"
                        + buttons + "\n</form>");
    }

    private static String latestUpdate(@Nullable IncidentStatus incident) {
        if (incident == null || !incident.hasUpdate()) {
            return "";
        }
        String when = incident.latestUpdateAt() == null
                ? ""
                : "<p><small>Posted " + escape(UPDATE_TIME.format(incident.latestUpdateAt())) + " UTC</small></p>";
        return "<section class=\"update\"><h2>Latest update</h2>" + paragraph(incident.latestUpdate()) + when
                + "</section>\n";
    }

    static String thanks(OpenRequest request, String answer) {
        return page(
                "Thank you",
                "<p>Recorded: <strong>" + escape(answer) + "</strong> for "
                        + escape(Objects.requireNonNullElse(request.subject(), "this alert")) + ".</p>");
    }

    static String message(String title, String text) {
        return page(title, paragraph(text));
    }

    private static String button(ReplyOption option) {
        String label = Objects.requireNonNullElse(option.label(), option.answer());
        return "<button name=\"answer\" value=\"" + escape(option.answer()) + "\">" + escape(label) + "</button>";
    }

    private static String paragraph(String text) {
        return text == null || text.isBlank() ? "" : "<p>" + escape(text) + "</p>";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }

    private static String page(String title, String content) {
        return """
                <!doctype html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width,initial-scale=1">
                <title>%1$s</title>
                <style>body{font-family:system-ui,sans-serif;margin:1em;max-width:48em}h1{font-size:1.3em}
                label{display:block;margin:.6em 0}input,textarea{display:block;width:100%%;box-sizing:border-box;
                font-size:1em;padding:.4em}button{display:block;width:100%%;font-size:1.2em;padding:.7em;margin:.5em 0;
                border-radius:8px;border:1px solid #ccc}small{color:#666}h2{font-size:1.1em}
                .update{border-left:4px solid #c60;padding:.1em .8em;margin:1em 0;background:#fff7ee}</style>
                </head><body><h1>%1$s</h1>
                %2$s
                </body></html>
                """
                .formatted(escape(title), content);
    }
}
