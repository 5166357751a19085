package io.muster.messages;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one renderer of the bundles: a key is looked up as {@code <incidentType>.<key>} then {@code <key>}, in
 * the locale's language (see {@link Language}) and then in English; {@code {name}} placeholders take the
 * values given, a missing value reads "".
 */
public final class Messages {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    /** The text of {@code key} with its placeholders filled; a key no bundle has is a programming error. */
    public String render(@Nullable String locale, String incidentType, String key, Map<String, String> values) {
        String text = lookUp(locale, incidentType, key);
        if (text == null) {
            throw new IllegalArgumentException("no message " + key);
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        return matcher.replaceAll(match -> Matcher.quoteReplacement(values.getOrDefault(match.group(1), "")));
    }

    /** The text of {@code key} as it stands (placeholders unfilled), if a bundle has it. */
    public Optional<String> find(@Nullable String locale, String incidentType, String key) {
        return Optional.ofNullable(lookUp(locale, incidentType, key));
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
