package io.muster.messages;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one renderer of the bundles: a key is looked up as {@code <incidentType>.<key>} then {@code <key>}, in
 * the locale's language (see {@link Language}) and then in English; {@code {name}} placeholders take the
 * values given, a missing value reads "".
 */
public final class Messages {

    /** The text of {@code key} with its placeholders filled; a key no bundle has is a programming error. */
    public String render(@Nullable String locale, String incidentType, String key, Map<String, String> values) {
        String text = lookUp(locale, incidentType, key);
        if (text == null) {
            throw new IllegalArgumentException("no message " + key);
        }
        return Template.of(text).render(values);
    }

    /** The text of {@code key} as it stands (placeholders unfilled), if a bundle has it. */
    public Optional<String> find(@Nullable String locale, String incidentType, String key) {
        return Optional.ofNullable(lookUp(locale, incidentType, key));
    }

    /**
     * The text of {@code key} in the locale's language (then English), with no incident type: the texts around an
     * answer (the reply SMS, the answer page, calls, the hotline), which services read once into their own maps.
     * A key no bundle has is a programming error.
     */
    public String text(@Nullable String locale, String key) {
        return find(locale, "", key).orElseThrow(() -> new IllegalArgumentException("no message " + key));
    }

    /** The same, split into a {@link Template} to fill many times. */
    public Template template(@Nullable String locale, String key) {
        return Template.of(text(locale, key));
    }

    private static @Nullable String lookUp(@Nullable String locale, String incidentType, String key) {
        for (String language : new String[] {Language.of(locale), Language.ENGLISH}) {
            Map<String, String> texts = Bundles.of(language);
            String text = texts.getOrDefault(incidentType + "." + key, texts.get(key));
            if (text != null) {
                return text;
            }
        }
        return null;
    }
}
