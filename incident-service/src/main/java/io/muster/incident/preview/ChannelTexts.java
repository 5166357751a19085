package io.muster.incident.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The notifier's channel texts ({@code notifier/src/main/resources/messages/messages_<language>.properties},
 * copied into this service's classpath under {@code notifier-messages/} at build time), looked up
 * exactly as the notifier's {@code Templates} does: {@code <incidentType>.<key>} then {@code <key>},
 * in the person's language and then in English. A build without them fails at start, not at the
 * first preview.
 */
@Component
class ChannelTexts {

    static final String FALLBACK = "en";
    private static final String FOLDER = "notifier-messages/";
    private static final String PREFIX = "messages_";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    private final Map<String, Properties> languages = new ConcurrentHashMap<>();
    private final List<String> supported;

    ChannelTexts() {
        this.supported = List.copyOf(findLanguages());
        if (load(FALLBACK).isEmpty()) {
            throw new IllegalStateException("the notifier's message bundles are not on the classpath (" + FOLDER + ")");
        }
    }

    /** The languages that have a template file, English first. */
    List<String> supported() {
        return supported;
    }

    String render(String language, String incidentType, String key, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template(language, incidentType, key));
        return matcher.replaceAll(match -> Matcher.quoteReplacement(values.getOrDefault(match.group(1), "")));
    }

    /** "fr-CA", "fr_FR" and "FR" read French, as in the notifier. */
    static String language(@Nullable String locale) {
        if (locale == null || locale.isBlank()) {
            return FALLBACK;
        }
        String language = Locale.forLanguageTag(locale.replace('_', '-')).getLanguage();
        return language.isEmpty() ? FALLBACK : language;
    }

    private String template(String language, String incidentType, String key) {
        for (String lang : new String[] {language, FALLBACK}) {
            Properties texts = languages.computeIfAbsent(lang, ChannelTexts::load);
            String text = texts.getProperty(incidentType + "." + key, texts.getProperty(key));
            if (text != null) {
                return text;
            }
        }
        throw new IllegalStateException("no text " + key + " in the notifier's message bundles");
    }

    private static Properties load(String language) {
        Properties texts = new Properties();
        try (InputStream in =
                ChannelTexts.class.getResourceAsStream("/" + FOLDER + PREFIX + language + ".properties")) {
            if (in != null) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private static List<String> findLanguages() {
        List<String> found = new ArrayList<>(List.of(FALLBACK));
        try {
            for (Resource file : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + FOLDER + PREFIX + "*.properties")) {
                String name =
                        String.valueOf(file.getFilename()).replace(PREFIX, "").replace(".properties", "");
                if (!found.contains(name)) {
                    found.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
