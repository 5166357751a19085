package io.muster.gateway.hotline;

import com.twilio.twiml.voice.Say;
import io.muster.gateway.twilio.SayLanguages;
import io.muster.messages.Language;
import io.muster.messages.Messages;
import io.muster.messages.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the hotline says, in the caller's language once identified (their latest request's locale), before that the
 * configured default, or another language when the caller asks for it on the keypad: the {@code hotline.*} keys of
 * infra/messages' bundles, read once per language.
 *
 * @param code the language's code in action URLs ({@code lang=fr})
 * @param offer how a caller hearing another language asks for this one (said in this language)
 * @param states how a reported state is read back
 */
record HotlinePrompts(
        String code,
        Say.Language language,
        String offer,
        String welcome,
        String askEmployeeId,
        String tryAgain,
        String unidentified,
        String askPin,
        String askPinOrCode,
        String notVerified,
        String tooManyAttempts,
        Template severalIncidents,
        Template choose,
        String exercise,
        Template latestUpdate,
        String noUpdate,
        String menu,
        String menuWithoutAlternateSite,
        String otherIncident,
        Template recordedState,
        Map<String, String> states,
        String afterState,
        String record,
        String noMessage,
        String messageRecorded,
        String notAnOption,
        String noChoice,
        String goodbye,
        String noOpenIncident) {

    private static final List<String> KNOWN_ANSWERS = List.of("SAFE", "NEEDS_HELP", "AT_ALTERNATE_SITE");
    private static final Map<String, HotlinePrompts> BY_LANGUAGE = load(new Messages());

    static final HotlinePrompts ENGLISH = BY_LANGUAGE.get(Language.ENGLISH);

    /** The prompts of the locale's language ("fr", "fr-CA", "fr_BE" read French), else {@code fallback}. */
    static HotlinePrompts of(@Nullable String locale, HotlinePrompts fallback) {
        return Language.bundled(locale).map(BY_LANGUAGE::get).orElse(fallback);
    }

    /** The prompts of a bundled language, English for any other. */
    static HotlinePrompts of(String language) {
        return of(language, ENGLISH);
    }

    private static Map<String, HotlinePrompts> load(Messages messages) {
        Map<String, HotlinePrompts> prompts = new LinkedHashMap<>();
        for (String language : Language.bundled()) {
            prompts.put(language, of(messages, language));
        }
        return Map.copyOf(prompts);
    }

    private static HotlinePrompts of(Messages messages, String language) {
        Map<String, String> states = new LinkedHashMap<>();
        KNOWN_ANSWERS.forEach(answer -> states.put(answer, messages.text(language, "hotline.state." + answer)));
        return new HotlinePrompts(
                language,
                SayLanguages.of(messages.text(language, "voice.say-language")),
                messages.text(language, "hotline.offer"),
                messages.text(language, "hotline.welcome"),
                messages.text(language, "hotline.ask-employee-id"),
                messages.text(language, "hotline.try-again"),
                messages.text(language, "hotline.unidentified"),
                messages.text(language, "hotline.ask-pin"),
                messages.text(language, "hotline.ask-pin-or-code"),
                messages.text(language, "hotline.not-verified"),
                messages.text(language, "hotline.too-many-attempts"),
                messages.template(language, "hotline.several-incidents"),
                messages.template(language, "hotline.choose"),
                messages.text(language, "hotline.exercise"),
                messages.template(language, "hotline.latest-update"),
                messages.text(language, "hotline.no-update"),
                messages.text(language, "hotline.menu"),
                messages.text(language, "hotline.menu.without-alternate-site"),
                messages.text(language, "hotline.other-incident"),
                messages.template(language, "hotline.recorded-state"),
                Map.copyOf(states),
                messages.text(language, "hotline.after-state"),
                messages.text(language, "hotline.record"),
                messages.text(language, "hotline.no-message"),
                messages.text(language, "hotline.message-recorded"),
                messages.text(language, "hotline.not-an-option"),
                messages.text(language, "hotline.no-choice"),
                messages.text(language, "hotline.goodbye"),
                messages.text(language, "hotline.no-open-incident"));
    }

    /**
     * The language a caller who does not understand this one can switch to: English from any other, and from
     * English the first other bundled language.
     */
    HotlinePrompts other() {
        if (!code.equals(Language.ENGLISH)) {
            return ENGLISH;
        }
        return Language.bundled().stream()
                .filter(language -> !language.equals(Language.ENGLISH))
                .findFirst()
                .map(BY_LANGUAGE::get)
                .orElse(this);
    }

    String state(String answer) {
        return states.getOrDefault(answer, answer);
    }

    String severalIncidents(int count) {
        return severalIncidents.render("count", String.valueOf(count));
    }

    String choose(String title, int key) {
        return choose.render(Map.of("title", title, "key", String.valueOf(key)));
    }

    String latestUpdate(String update) {
        return latestUpdate.render("update", update);
    }

    String recordedState(String answer) {
        return recordedState.render("state", state(answer));
    }

    Say say(String text) {
        return new Say.Builder(text).language(language).build();
    }
}
