package io.muster.incident.publicstatus;

import com.samskivert.mustache.Template;
import io.muster.incident.statement.LanguageText;
import io.muster.incident.statement.PublishedStatement;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The public status page ({@code templates/public-status.mustache}): one small HTML document that reads well on a
 * phone, no script at all. Mustache HTML-escapes every statement text, so a headline such as {@code <script>} is
 * shown, never run (and the Content-Security-Policy forbids scripts anyway).
 */
@Component
class PublicStatusPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");
    private static final Template PAGE = PublicPageLook.template("public-status");

    private final PublicStatusProperties properties;

    PublicStatusPage(PublicStatusProperties properties) {
        this.properties = properties;
    }

    String write(List<PublishedStatement> statements) {
        return PAGE.execute(Map.of(
                "organisation", properties.organisation(),
                "style", PublicPageLook.STYLE,
                "statements", statements.stream().map(PublicStatusPage::article).toList()));
    }

    /** The values of one article, each under its own name (a missing one must not read its parent's). */
    private static Map<String, Object> article(PublishedStatement statement) {
        Map<String, Object> article = new HashMap<>();
        article.put("id", statement.id().toString());
        article.put("headline", statement.headline());
        article.put("exercise", statement.exercise());
        if (!"Alert".equals(statement.msgType())) {
            article.put("tag", statement.msgType());
        }
        article.put("publishedAt", statement.publishedAt().toString());
        article.put("when", WHEN.format(statement.publishedAt().atOffset(ZoneOffset.UTC)));
        article.put(
                "texts", statement.texts().stream().map(PublicStatusPage::text).toList());
        return article;
    }

    private static Map<String, Object> text(LanguageText text) {
        Map<String, Object> section = new HashMap<>();
        section.put("language", text.language());
        if (text.headline() != null && !text.headline().isBlank()) {
            section.put("textHeadline", text.headline());
        }
        section.put("text", text.text());
        return section;
    }
}
