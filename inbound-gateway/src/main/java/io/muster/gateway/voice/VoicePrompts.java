package io.muster.gateway.voice;

import com.twilio.twiml.voice.Say;
import io.muster.gateway.correlation.ReplyOption;
import io.muster.gateway.twilio.SayLanguages;
import io.muster.messages.Language;
import io.muster.messages.Messages;
import io.muster.messages.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a call says, in the person's language (English when their locale has no bundle): the {@code voice.*} keys
 * of infra/messages' bundles, read once per language. Every word a person hears is in their language except the
 * commander's own (the title, the message).
 *
 * @param headings what a message of each purpose starts with ({@code {title}}; TASK_OVERDUE: the task, then
 *     {@code {incident}}; VOICE_MESSAGE: the colleague's name, then {@code {incident}}); a purpose without a heading (ALERT, an unknown one) starts with the title alone
 * @param allClearEnd what follows an all-clear's title
 * @param whereToReport where a person at an affected site goes if it cannot be used ({@code {site}}, {@code {place}})
 */
record VoicePrompts(
        Say.Language language,
        String exercise,
        Map<String, Template> headings,
        String allClearEnd,
        Template whereToReport,
        String yourSite,
        Template press,
        Map<String, String> answers,
        Template otherAnswer,
        String repeat,
        String thanks,
        String changeAnswer,
        String goodbye) {

    private static final List<String> PURPOSES =
            List.of("REMINDER", "ALL_CLEAR", "SITREP_REMINDER", "TASK_OVERDUE", "VOICE_MESSAGE");
    private static final List<String> KNOWN_ANSWERS = List.of("SAFE", "NEEDS_HELP", "AT_ALTERNATE_SITE");
    private static final Messages MESSAGES = new Messages();
    private static final Map<String, VoicePrompts> BY_LANGUAGE = load();

    static final VoicePrompts ENGLISH = BY_LANGUAGE.get(Language.ENGLISH);

    /** Only a short apology is said when we do not know whom we are talking to, in English. */
    static final String APOLOGY = MESSAGES.text(Language.ENGLISH, "voice.apology");

    static VoicePrompts of(@Nullable String locale) {
        return BY_LANGUAGE.get(Language.of(locale));
    }

    private static Map<String, VoicePrompts> load() {
        Map<String, VoicePrompts> prompts = new LinkedHashMap<>();
        for (String language : Language.bundled()) {
            prompts.put(language, of(MESSAGES, language));
        }
        return Map.copyOf(prompts);
    }

    private static VoicePrompts of(Messages messages, String language) {
        Map<String, Template> headings = new LinkedHashMap<>();
        PURPOSES.forEach(purpose -> headings.put(purpose, messages.template(language, "voice.heading." + purpose)));
        Map<String, String> answers = new LinkedHashMap<>();
        KNOWN_ANSWERS.forEach(answer -> answers.put(answer, messages.text(language, "voice.answer." + answer)));
        return new VoicePrompts(
                SayLanguages.of(messages.text(language, "voice.say-language")),
                messages.text(language, "voice.exercise"),
                Map.copyOf(headings),
                messages.text(language, "voice.all-clear-end"),
                messages.template(language, "where-to-report"),
                messages.text(language, "where-to-report.your-site"),
                messages.template(language, "voice.press"),
                Map.copyOf(answers),
                messages.template(language, "voice.other-answer"),
                messages.text(language, "voice.repeat"),
                messages.text(language, "voice.thanks"),
                messages.text(language, "voice.change-answer"),
                messages.text(language, "voice.goodbye"));
    }

    /** What a message of this purpose starts with; the title alone when the purpose has no heading. */
    String heading(String purpose, String title, String incident) {
        Template heading = headings.get(purpose);
        return heading == null ? title : heading.render(Map.of("title", title, "incident", incident));
    }

    String whereToReport(String site, String place) {
        return whereToReport.render(Map.of("site", site, "place", place));
    }

    String option(ReplyOption option) {
        String what = answers.get(option.answer());
        return press.render(
                Map.of("key", option.key(), "what", what != null ? what : otherAnswer.render("label", option.label())));
    }
}
