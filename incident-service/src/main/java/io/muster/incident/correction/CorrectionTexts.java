package io.muster.incident.correction;

import io.muster.incident.statement.LanguageText;
import io.muster.incident.statement.StatementFollowUps;
import io.muster.messages.Language;
import io.muster.messages.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The words of a correction: the subject marks it ("Correction: …", "Cancelled: …") in the person's
 * language from the bundles ({@code alert.correction.*}, {@code alert.cancellation.*}), and the body
 * is the commander's message in the person's language (else English, else the first one given); a
 * cancellation without a message says to disregard the earlier one.
 */
@Component
class CorrectionTexts {

    private static final int MAX_HEADLINE = 200;

    private final Messages messages = new Messages();

    String subject(Correction.Kind kind, @Nullable String locale, String title) {
        return messages.render(locale, "", key(kind, "subject"), Map.of("title", title));
    }

    String body(Correction.Kind kind, @Nullable String locale, Map<String, String> given) {
        if (given.isEmpty()) {
            return messages.text(locale, key(kind, "body"));
        }
        String spoken = Language.spoken(locale);
        if (given.containsKey(spoken)) {
            return given.get(spoken);
        }
        return given.entrySet().stream()
                .filter(entry -> Language.spoken(entry.getKey()).equals(spoken))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseGet(() -> given.getOrDefault(
                        Language.ENGLISH, given.values().iterator().next()));
    }

    /**
     * The public follow-up: the marked title as headline, and the message in each language given (or bundled), each
     * under the incident's title in that language ({@code titleIn}).
     */
    StatementFollowUps.FollowUp followUp(
            Correction.Kind kind, UnaryOperator<String> titleIn, Map<String, String> given) {
        List<LanguageText> texts = new ArrayList<>();
        if (given.isEmpty()) {
            for (String language : Language.bundled()) {
                texts.add(text(kind, language, titleIn.apply(language), body(kind, language, given)));
            }
        } else {
            given.forEach((language, text) -> texts.add(text(kind, language, titleIn.apply(language), text)));
        }
        return new StatementFollowUps.FollowUp(
                cut(subject(kind, Language.ENGLISH, titleIn.apply(Language.ENGLISH))),
                texts,
                kind == Correction.Kind.CANCELLATION);
    }

    private LanguageText text(Correction.Kind kind, String language, String title, String text) {
        return new LanguageText(language, cut(subject(kind, language, title)), text);
    }

    private static String key(Correction.Kind kind, String part) {
        return "alert." + kind.name().toLowerCase(java.util.Locale.ROOT) + "." + part;
    }

    private static String cut(String headline) {
        return headline.length() <= MAX_HEADLINE ? headline : headline.substring(0, MAX_HEADLINE - 1) + "…";
    }
}
