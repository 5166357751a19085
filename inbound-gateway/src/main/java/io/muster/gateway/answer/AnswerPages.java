package io.muster.gateway.answer;

import io.muster.gateway.correlation.AlternateSite;
import io.muster.gateway.correlation.OpenRequest;
import io.muster.gateway.correlation.ReplyOption;
import io.muster.gateway.incident.IncidentStatus;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
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

    private AnswerPages() {}

    /**
     * The form, with the incident's latest internal update between the alert and the buttons when there is one,
     * in the person's language. Each rendering carries its own submission id: posting it twice (a double tap, a
     * browser resending) is one answer, while every new submission (a changed answer, a new comment) is another
     * (docs/reply-model.md).
     */
    static String form(OpenRequest request, String token, @Nullable IncidentStatus incident) {
        AnswerPageTexts texts = AnswerPageTexts.of(request.locale());
        boolean closed = incident != null && incident.closed();
        String notice = "<p class=\"closed\"><strong>" + escape(texts.closed()) + "</strong>";
        if (!request.asksForAnswer()) {
            return page(
                    texts,
                    heading(request, texts),
                    (closed ? notice + "</p>\n" : "") + paragraph(request.body()) + latestUpdate(incident, texts)
                            + "<p><small>" + escape(texts.noAnswerNeeded()) + "</small></p>");
        }
        String buttons = request.offeredOptions().stream()
                .map(option -> button(option, texts))
                .collect(Collectors.joining("\n"));
        return page(
                texts,
                heading(request, texts),
                (closed ? notice + " " + escape(texts.lateAnswer()) + "</p>\n" : "")
                        + paragraph(request.body())
                        + whereToReport(request, texts)
                        + latestUpdate(incident, texts)
                        + "<form method=\"post\" action=\"/answer/" + escape(token) + "\">\n"
                        + "<input type=\"hidden\" name=\"submission\" value=\"" + UUID.randomUUID() + "\">\n"
                        + "<label>" + escape(texts.location())
                        + "<input name=\"location\" maxlength=\"200\"></label>\n"
                        + "<label>" + escape(texts.comment())
                        + "<textarea name=\"comment\" maxlength=\"1000\"></textarea></label>\n"
                        + buttons + "\n</form>");
    }

    /** The page of an incident closed longer ago than the late-answer window: it takes no answer any more. */
    static String closedLongAgo(OpenRequest request) {
        AnswerPageTexts texts = AnswerPageTexts.of(request.locale());
        return page(texts, heading(request, texts), paragraph(texts.closedLongAgo()));
    }

    private static String heading(OpenRequest request, AnswerPageTexts texts) {
        String title = Objects.requireNonNullElse(request.subject(), "");
        return (request.exercise() ? texts.exercise() : "") + texts.heading(request.purpose(), title);
    }

    /** Where a person at an affected site reports if their site cannot be used, when the request says. */
    private static String whereToReport(OpenRequest request, AnswerPageTexts texts) {
        AlternateSite alternate = request.alternateSite();
        if (alternate == null || !alternate.named()) {
            return "";
        }
        String place = alternate.address() == null || alternate.address().isBlank()
                ? alternate.name()
                : alternate.name() + ", " + alternate.address();
        String site = alternate.site() == null || alternate.site().isBlank() ? texts.yourSite() : alternate.site();
        return paragraph(texts.whereToReport().render(Map.of("site", site, "place", place)));
    }

    private static String latestUpdate(@Nullable IncidentStatus incident, AnswerPageTexts texts) {
        if (incident == null || !incident.hasUpdate()) {
            return "";
        }
        String when = incident.latestUpdateAt() == null
                ? ""
                : "<p><small>"
                        + escape(texts.posted().render("time", UPDATE_TIME.format(incident.latestUpdateAt())))
                        + "</small></p>";
        return "<section class=\"update\"><h2>" + escape(texts.latestUpdate()) + "</h2>"
                + paragraph(incident.latestUpdate()) + when + "</section>\n";
    }

    /** @param late the incident had closed: the answer is kept as a late answer */
    static String thanks(OpenRequest request, String answer, boolean late) {
        AnswerPageTexts texts = AnswerPageTexts.of(request.locale());
        String named = texts.answers().getOrDefault(answer, answer);
        return page(
                texts,
                texts.thanks(),
                "<p>"
                        + texts.recorded()
                                .render(Map.of(
                                        "answer",
                                        escape(named),
                                        "subject",
                                        escape(Objects.requireNonNullElse(request.subject(), ""))))
                        + "</p>"
                        + (late ? paragraph(texts.recordedLate()) : ""));
    }

    /** A page for an unusable link: no request, so no language to read; English. */
    static String message(String title, String text) {
        return page(AnswerPageTexts.ENGLISH, title, paragraph(text));
    }

    private static String button(ReplyOption option, AnswerPageTexts texts) {
        String label = texts.buttons()
                .getOrDefault(option.answer(), Objects.requireNonNullElse(option.label(), option.answer()));
        return "<button name=\"answer\" value=\"" + escape(option.answer()) + "\">" + escape(label) + "</button>";
    }

    private static String paragraph(String text) {
        return text == null || text.isBlank() ? "" : "<p>" + escape(text) + "</p>";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8"); // markup escaped; accents kept as they are (the page is UTF-8)
    }

    private static String page(AnswerPageTexts texts, String title, String content) {
        return """
                <!doctype html><html lang="%4$s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width,initial-scale=1">
                <title>%1$s</title>
                <style>%3$s</style>
                </head><body><header class="top"><span class="brand">Muster</span></header><main>
                <h1>%1$s</h1>
                %2$s
                </main></body></html>
                """
                .formatted(escape(title), content, STYLE, texts.language());
    }
}
