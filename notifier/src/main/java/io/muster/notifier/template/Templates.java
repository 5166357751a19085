package io.muster.notifier.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The texts in {@code messages/messages_<language>.properties} (UTF-8): one message bundle per language. A
 * key is looked up as {@code <incidentType>.<key>} then {@code <key>}, in the person's language and then in
 * English.
 */
@Component
public class Templates {

    private static final String FALLBACK = "en";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    private final Map<String, Properties> languages = new ConcurrentHashMap<>();

    /** The text of {@code key} with its placeholders replaced by {@code values} (missing ones by ""). */
    public String render(String locale, String incidentType, String key, Map<String, String> values) {
        String template = template(language(locale), incidentType, key);
        Matcher matcher = PLACEHOLDER.matcher(template);
        return matcher.replaceAll(match -> Matcher.quoteReplacement(values.getOrDefault(match.group(1), "")));
    }

    /** The text of {@code key} in the locale's language (or English), if there is one. */
    public Optional<String> find(String locale, String incidentType, String key) {
        return Optional.ofNullable(lookUp(language(locale), incidentType, key));
    }

    private String template(String language, String incidentType, String key) {
        String text = lookUp(language, incidentType, key);
        if (text == null) {
            throw new IllegalArgumentException("no template " + key);
        }
        return text;
    }

    private @Nullable String lookUp(String language, String incidentType, String key) {
        for (String lang : new String[] {language, FALLBACK}) {
            Properties texts = texts(lang);
            String text = texts.getProperty(incidentType + "." + key, texts.getProperty(key));
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /** "fr-CA", "fr_FR" and "FR" read French; a language without a file reads English. */
    static String language(@Nullable String locale) {
        if (locale == null || locale.isBlank()) {
            return FALLBACK;
        }
        String language = Locale.forLanguageTag(locale.replace('_', '-')).getLanguage();
        return language.isEmpty() ? FALLBACK : language;
    }

    private Properties texts(String language) {
        return languages.computeIfAbsent(language, Templates::load);
    }

    private static Properties load(String language) {
        Properties texts = new Properties();
        try (InputStream in = Templates.class.getResourceAsStream("/messages/messages_" + language + ".properties")) {
            if (in != null) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
