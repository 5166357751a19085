package io.muster.gateway.answer;

import io.muster.messages.Language;
import io.muster.messages.Messages;
import io.muster.messages.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer page's own words, in the person's language (English when their locale has no bundle): the
 * {@code answer-page.*} keys of infra/messages' bundles, with the alert's own {@code heading.*},
 * {@code exercise.tag} and {@code where-to-report}, read once per language. Every word on the page is in their
 * language except the commander's (the title, the message, the latest update).
 *
 * @param headings what the page of a message of each purpose is titled ({@code {title}}); ALERT and unknown
 *     purposes: the title alone
 * @param recorded HTML: the values filled in must be escaped
 * @param answers how a known answer is named back; English names it as the alert does (SAFE)
 * @param buttons the button of a known answer; without one, the request's own label
 */
record AnswerPageTexts(
        String language,
        String exercise,
        Map<String, Template> headings,
        String location,
        String comment,
        String noAnswerNeeded,
        String latestUpdate,
        Template posted,
        String closed,
        String lateAnswer,
        String closedLongAgo,
        String thanks,
        Template recorded,
        String recordedLate,
        Template whereToReport,
        String yourSite,
        Map<String, String> answers,
        Map<String, String> buttons) {

    private static final List<String> PURPOSES = List.of("REMINDER", "ALL_CLEAR", "SITREP_REMINDER", "TASK_OVERDUE");
    private static final List<String> KNOWN_ANSWERS = List.of("SAFE", "NEEDS_HELP", "AT_ALTERNATE_SITE");
    private static final Map<String, AnswerPageTexts> BY_LANGUAGE = load(new Messages());

    static final AnswerPageTexts ENGLISH = BY_LANGUAGE.get(Language.ENGLISH);

    static AnswerPageTexts of(@Nullable String locale) {
        return BY_LANGUAGE.get(Language.of(locale));
    }

    private static Map<String, AnswerPageTexts> load(Messages messages) {
        Map<String, AnswerPageTexts> texts = new LinkedHashMap<>();
        for (String language : Language.bundled()) {
            texts.put(language, of(messages, language));
        }
        return Map.copyOf(texts);
    }

    private static AnswerPageTexts of(Messages messages, String language) {
        Map<String, Template> headings = new LinkedHashMap<>();
        PURPOSES.forEach(purpose -> headings.put(purpose, messages.template(language, "heading." + purpose)));
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, String> buttons = new LinkedHashMap<>();
        for (String answer : KNOWN_ANSWERS) {
            answers.put(answer, messages.text(language, "answer." + answer));
            String button = messages.text(language, "answer-page.button." + answer);
            if (!button.isBlank()) {
                buttons.put(answer, button);
            }
        }
        return new AnswerPageTexts(
                language,
                messages.text(language, "exercise.tag") + " ",
                Map.copyOf(headings),
                messages.text(language, "answer-page.location"),
                messages.text(language, "answer-page.comment"),
                messages.text(language, "answer-page.no-answer-needed"),
                messages.text(language, "answer-page.latest-update"),
                messages.template(language, "answer-page.posted"),
                messages.text(language, "answer-page.closed"),
                messages.text(language, "answer-page.late-answer"),
                messages.text(language, "answer-page.closed-long-ago"),
                messages.text(language, "answer-page.thanks"),
                messages.template(language, "answer-page.recorded"),
                messages.text(language, "answer-page.recorded-late"),
                messages.template(language, "where-to-report"),
                messages.text(language, "where-to-report.your-site"),
                Map.copyOf(answers),
                Map.copyOf(buttons));
    }

    /** The page's title: the message's kind in this language around the commander's title. */
    String heading(@Nullable String purpose, String title) {
        Template heading = purpose == null ? null : headings.get(purpose);
        return heading == null ? title : heading.render("title", title);
    }
}
