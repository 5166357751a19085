package io.muster.messages;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one rule from a person's locale to a language: "fr-CA", "fr_FR" and "FR" are French; a blank or
 * unreadable locale is English; a language without a bundle reads English.
 */
public final class Language {

    public static final String ENGLISH = Bundles.ENGLISH;

    private Language() {}

    /** The language a person reads their messages in: the one they speak if it has a bundle, else English. */
    public static String of(@Nullable String locale) {
        String spoken = spoken(locale);
        return Bundles.has(spoken) ? spoken : ENGLISH;
    }

    /**
     * The locale's language if it has a bundle; empty for a blank or unreadable locale or a language without one,
     * for a reader with a default of its own (the hotline's configured language).
     */
    public static Optional<String> bundled(@Nullable String locale) {
        if (locale == null || locale.isBlank()) {
            return Optional.empty();
        }
        String language =
                Locale.forLanguageTag(locale.strip().replace('_', '-')).getLanguage();
        return Bundles.has(language) ? Optional.of(language) : Optional.empty();
    }

    /** The ISO 639 language of a locale ("fr-CA" is "fr", "de-AT" is "de"), bundled or not; English when none. */
    public static String spoken(@Nullable String locale) {
        if (locale == null || locale.isBlank()) {
            return ENGLISH;
        }
        String language =
                Locale.forLanguageTag(locale.strip().replace('_', '-')).getLanguage();
        return language.isEmpty() ? ENGLISH : language;
    }

    /** The languages that have a bundle, English first. */
    public static List<String> bundled() {
        return Bundles.languages();
    }
}
