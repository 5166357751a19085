package io.muster.gateway.answer;

import io.muster.gateway.correlation.AlternateSite;
import io.muster.gateway.correlation.OpenRequest;
import io.muster.gateway.correlation.ReplyOption;
import io.muster.gateway.incident.IncidentStatus;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/** The HTML of the answer page: plain, self-contained, readable on a phone; every value escaped. */
final class AnswerPages {

    private static final DateTimeFormatter UPDATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /**
     * The console's look (its band, colours and font), inline so the page stands alone on any phone;
     * big full-width answer buttons because people answer this page under stress.
     */
    private static final String STYLE =
            """
            body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;\
            background:#fff;line-height:1.45}
            .top{background:#0b3d62;color:#fff;padding:10px 16px}.brand{font-weight:700;font-size:1.15rem;\
            letter-spacing:.02em}
            main{max-width:40rem;margin:0 auto;padding:16px}h1{font-size:1.4rem;margin:.4rem 0 1rem}
            h2{font-size:1.15rem;margin:.2rem 0 .4rem}p{white-space:pre-line}
            label{display:block;font-weight:600;margin:.7rem 0 .25rem}
            input,textarea{display:block;width:100%;box-sizing:border-box;margin-top:.25rem;padding:8px;\
            border:1px solid #6b7785;border-radius:4px;font:inherit;font-weight:400}
            button{display:block;width:100%;font:inherit;font-size:1.15rem;padding:.7em;margin:.6em 0;\
            border-radius:6px;border:1px solid #0b5cad;background:#0b5cad;color:#fff;cursor:pointer}
            button[value=NEEDS_HELP]{background:#a4161a;border-color:#a4161a}
            :focus-visible{outline:3px solid #f0b400;outline-offset:2px}small{color:#4a5561}
            .update{border:1px solid #c9d1d9;border-left:6px solid #8a4b00;border-radius:6px;padding:.1em .9em;\
            margin:1em 0;background:#f3f6f9}
            .closed{border-left:6px solid #6b7785;padding:.3em .9em;background:#f3f6f9}
            """;

    private static final String CLOSED = "<p class=\"closed\"><strong>This incident has been closed.</strong>";
    private static final String LATE_ANSWER = " You may still answer: your answer is recorded as a late answer.";

    private AnswerPages() {}

    /**
     * The form, with the incident's latest internal update between the alert and the buttons when there is one.
     * Each rendering carries its own submission id: posting it twice (a double tap, a browser resending) is one
     * answer, while every new submission (a changed answer, a new comment) is another (docs/reply-model.md).
     */
    static String form(OpenRequest request, String token, @Nullable IncidentStatus incident) {
        String heading =
                (request.exercise() ? "[EXERCISE] " : "") + Objects.requireNonNullElse(request.subject(), "Alert");
        boolean closed = incident != null && incident.closed();
        if (!request.asksForAnswer()) {
            return page(
                    heading,
                    (closed ? CLOSED + "</p>\n" : "") + paragraph(request.body()) + latestUpdate(incident)
                            + "<p><small>No answer is needed.</small></p>");
        }
        String buttons =
                request.offeredOptions().stream().map(AnswerPages::button).collect(Collectors.joining("\n"));
        return page(
                heading,
                (closed ? CLOSED + LATE_ANSWER + "</p>\n" : "")
                        + paragraph(request.body())
                        + whereToReport(request)
                        + latestUpdate(incident)
                        + "<form method=\"post\" action=\"/answer/" + escape(token) + "\">\n"
                        + "<input type=\"hidden\" name=\"submission\" value=\"" + UUID.randomUUID() + "\">\n"
                        + "<label>Where are you? (optional)<input name=\"location\" maxlength=\"200\"></label>\n"
                        + "<label>Comment (optional)<textarea name=\"comment\" maxlength=\"1000\"></textarea></label>\n"
                        + buttons + "\n</form>");
    }

    /** The page of an incident closed longer ago than the late-answer window: it takes no answer any more. */
    static String closedLongAgo(OpenRequest request) {
        return page(
                Objects.requireNonNullElse(request.subject(), "Alert"),
                "<p>This incident has been closed. It can no longer be answered here.</p>");
    }

    /** Where a person at an affected site reports if their site cannot be used, when the request says. */
    private static String whereToReport(OpenRequest request) {
        AlternateSite alternate = request.alternateSite();
        if (alternate == null || !alternate.named()) {
            return "";
        }
        String place = alternate.address() == null || alternate.address().isBlank()
                ? alternate.name()
                : alternate.name() + ", " + alternate.address();
        String site = alternate.site() == null || alternate.site().isBlank() ? "your site" : alternate.site();
        return paragraph("If " + site + " cannot be used, go to " + place + ".");
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

    /** @param late the incident had closed: the answer is kept as a late answer */
    static String thanks(OpenRequest request, String answer, boolean late) {
        return page(
                "Thank you",
                "<p>Recorded: <strong>" + escape(answer) + "</strong> for "
                        + escape(Objects.requireNonNullElse(request.subject(), "this alert")) + ".</p>"
                        + (late
                                ? "<p>The incident had already closed: your answer is recorded as a late answer.</p>"
                                : ""));
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
                <style>%3$s</style>
                </head><body><header class="top"><span class="brand">Muster</span></header><main>
                <h1>%1$s</h1>
                %2$s
                </main></body></html>
                """
                .formatted(escape(title), content, STYLE);
    }
}
