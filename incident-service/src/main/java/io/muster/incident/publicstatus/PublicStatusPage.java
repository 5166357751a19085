package io.muster.incident.publicstatus;

import io.muster.incident.statement.LanguageText;
import io.muster.incident.statement.PublishedStatement;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The public status page: one small HTML document that reads well on a phone, no script at all.
 * Every statement text goes through {@link HtmlUtils#htmlEscape}, so a headline such as
 * {@code <script>} is shown, never run (and the Content-Security-Policy forbids scripts anyway).
 */
@Component
class PublicStatusPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final PublicStatusProperties properties;

    PublicStatusPage(PublicStatusProperties properties) {
        this.properties = properties;
    }

    String write(List<PublishedStatement> statements) {
        String title = esc(properties.organisation()) + " status";
        StringBuilder html = new StringBuilder(
                """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <link rel="alternate" type="application/atom+xml" href="/status/feed.atom">
                <style>%s</style></head><body>
                <header class="top"><span class="brand">%s</span></header>
                <main>
                <h1>%s</h1>
                """
                        .formatted(title, PublicPageLook.STYLE, esc(properties.organisation()), title));
        if (statements.isEmpty()) {
            html.append("<p>No statements have been published.</p>\n");
        }
        statements.forEach(statement -> article(html, statement));
        html.append("<form method=\"post\" action=\"/status/subscribe\"><label>Statements by email: "
                + "<input type=\"email\" name=\"email\" required maxlength=\"254\"></label> "
                + "<button>Subscribe</button></form>\n");
        html.append(
                "</main><footer><a href=\"/status.json\">status.json</a> · <a href=\"/status/feed.atom\">Atom feed</a>"
                        + "</footer>\n</body></html>\n");
        return html.toString();
    }

    private static void article(StringBuilder html, PublishedStatement statement) {
        html.append("<article id=\"statement-").append(statement.id()).append("\">\n");
        html.append("<h2>").append(esc(statement.headline())).append("</h2>\n<div>");
        if (statement.exercise()) {
            html.append("<span class=\"tag\">EXERCISE</span> ");
        }
        if (!"Alert".equals(statement.msgType())) {
            html.append("<span class=\"tag\">").append(esc(statement.msgType())).append("</span> ");
        }
        html.append("<time datetime=\"")
                .append(statement.publishedAt())
                .append("\">")
                .append(WHEN.format(statement.publishedAt().atOffset(ZoneOffset.UTC)))
                .append("</time>")
                .append(" · <a href=\"/status/cap/")
                .append(statement.id())
                .append(".xml\">CAP</a></div>\n");
        for (LanguageText text : statement.texts()) {
            html.append("<section lang=\"").append(esc(text.language())).append("\">");
            if (text.headline() != null && !text.headline().isBlank()) {
                html.append("<h3>").append(esc(text.headline())).append("</h3>");
            }
            html.append("<p>").append(esc(text.text())).append("</p></section>\n");
        }
        html.append("</article>\n");
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
