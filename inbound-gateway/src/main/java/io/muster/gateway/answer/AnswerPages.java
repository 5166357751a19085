package io.muster.gateway.answer;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.muster.gateway.correlation.AlternateSite;
import io.muster.gateway.correlation.OpenRequest;
import io.muster.gateway.correlation.ReplyOption;
import io.muster.gateway.incident.IncidentStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * The HTML of the answer page ({@code templates/answer-page.mustache}, compiled once): plain, self-contained,
 * readable on a phone. Mustache HTML-escapes every value; the one raw value is the "recorded" text, a bundle text
 * whose values are escaped here.
 */
final class AnswerPages {

    private static final DateTimeFormatter UPDATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** Markup escaped, accents kept as they are (the page is UTF-8). */
    private static final Template PAGE =
            Mustache.compiler().withEscaper(AnswerPages::escape).compile(template("/templates/answer-page.mustache"));

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
        Map<String, Object> page = page(texts, heading(request, texts));
        if (closed) {
            page.put("closed", texts.closed());
        }
        putUpdate(page, incident, texts);
        if (!request.asksForAnswer()) {
            page.put("paragraphs", paragraphs(request.body()));
            page.put("noAnswerNeeded", texts.noAnswerNeeded());
            return PAGE.execute(page);
        }
        if (closed) {
            page.put("lateAnswer", texts.lateAnswer());
        }
        page.put("paragraphs", paragraphs(request.body(), whereToReport(request, texts)));
        page.put("form", true);
        page.put("token", token);
        page.put("submission", UUID.randomUUID().toString());
        page.put("location", texts.location());
        page.put("comment", texts.comment());
        page.put(
                "buttons",
                request.offeredOptions().stream()
                        .map(option -> Map.of("answer", option.answer(), "label", label(option, texts)))
                        .toList());
        return PAGE.execute(page);
    }

    /** The page of an incident closed longer ago than the late-answer window: it takes no answer any more. */
    static String closedLongAgo(OpenRequest request) {
        AnswerPageTexts texts = AnswerPageTexts.of(request.locale());
        Map<String, Object> page = page(texts, heading(request, texts));
        page.put("paragraphs", paragraphs(texts.closedLongAgo()));
        return PAGE.execute(page);
    }

    /** @param late the incident had closed: the answer is kept as a late answer */
    static String thanks(OpenRequest request, String answer, boolean late) {
        AnswerPageTexts texts = AnswerPageTexts.of(request.locale());
        String named = texts.answers().getOrDefault(answer, answer);
        Map<String, Object> page = page(texts, texts.thanks());
        page.put(
                "recorded",
                texts.recorded()
                        .render(Map.of(
                                "answer",
                                escape(named),
                                "subject",
                                escape(Objects.requireNonNullElse(request.subject(), "")))));
        page.put("paragraphs", late ? paragraphs(texts.recordedLate()) : List.of());
        return PAGE.execute(page);
    }

    /** A page for an unusable link: no request, so no language to read; English. */
    static String message(String title, String text) {
        Map<String, Object> page = page(AnswerPageTexts.ENGLISH, title);
        page.put("paragraphs", paragraphs(text));
        return PAGE.execute(page);
    }

    private static Map<String, Object> page(AnswerPageTexts texts, String title) {
        Map<String, Object> page = new HashMap<>();
        page.put("language", texts.language());
        page.put("title", title);
        return page;
    }

    private static String heading(OpenRequest request, AnswerPageTexts texts) {
        String title = Objects.requireNonNullElse(request.subject(), "");
        return (request.exercise() ? texts.exercise() : "") + texts.heading(request.purpose(), title);
    }

    /** Where a person at an affected site reports if their site cannot be used, when the request says. */
    private static @Nullable String whereToReport(OpenRequest request, AnswerPageTexts texts) {
        AlternateSite alternate = request.alternateSite();
        if (alternate == null || !alternate.named()) {
            return null;
        }
        String place = alternate.address() == null || alternate.address().isBlank()
                ? alternate.name()
                : alternate.name() + ", " + alternate.address();
        String site = alternate.site() == null || alternate.site().isBlank() ? texts.yourSite() : alternate.site();
        return texts.whereToReport().render(Map.of("site", site, "place", place));
    }

    private static void putUpdate(Map<String, Object> page, @Nullable IncidentStatus incident, AnswerPageTexts texts) {
        if (incident == null || !incident.hasUpdate()) {
            return;
        }
        Map<String, Object> update = new HashMap<>();
        update.put("heading", texts.latestUpdate());
        paragraphs(incident.latestUpdate()).stream().findFirst().ifPresent(text -> update.put("text", text));
        if (incident.latestUpdateAt() != null) {
            update.put("posted", texts.posted().render("time", UPDATE_TIME.format(incident.latestUpdateAt())));
        }
        page.put("update", update);
    }

    private static String label(ReplyOption option, AnswerPageTexts texts) {
        return texts.buttons()
                .getOrDefault(option.answer(), Objects.requireNonNullElse(option.label(), option.answer()));
    }

    /** The texts that say something, each its own paragraph. */
    private static List<String> paragraphs(@Nullable String... texts) {
        return Stream.of(texts).filter(text -> text != null && !text.isBlank()).toList();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String template(String path) {
        try (InputStream in = AnswerPages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
