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

    /**
     * The console's look (its colours, font and band) inline: the page's Content-Security-Policy
     * allows inline styles only, and the page must stand alone when the console is not served.
     */
    static final String STYLE =
            """
            body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;\
            background:#fff;line-height:1.45}
            .top{background:#0b3d62;color:#fff;padding:10px 16px}.brand{font-weight:700;font-size:1.15rem;\
            letter-spacing:.02em}
            main,footer{max-width:40rem;margin:0 auto;padding:16px}h1{font-size:1.4rem;margin:.4rem 0 1rem}
            h2{font-size:1.15rem;margin:.2rem 0 .3rem}h3{font-size:1rem;margin:.6rem 0 .2rem}
            article{border:1px solid #c9d1d9;border-radius:6px;padding:10px 14px;margin:0 0 12px;background:#fff}
            article>div{color:#4a5561;font-size:.9rem}
            .tag{display:inline-block;padding:1px 8px;border-radius:10px;font-size:.8rem;font-weight:600;\
            background:#fff4d6;border:1px solid #c99a00;color:#5a4100}
            p{white-space:pre-line}a{color:#0b5cad}:focus-visible{outline:3px solid #f0b400;outline-offset:2px}
            form{border-top:1px solid #c9d1d9;padding-top:12px}label{display:block;font-weight:600}
            input{display:block;width:100%;max-width:22rem;box-sizing:border-box;margin:.3rem 0;padding:8px;\
            border:1px solid #6b7785;border-radius:4px;font:inherit}
            button{font:inherit;padding:8px 16px;border-radius:4px;border:1px solid transparent;\
            background:#0b5cad;color:#fff;cursor:pointer}
            footer{border-top:1px solid #c9d1d9;color:#4a5561;font-size:.9rem}
            """;

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
                        .formatted(title, STYLE, esc(properties.organisation()), title));
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
