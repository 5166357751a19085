package io.muster.messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The bundles {@code io/muster/messages/messages_<language>.properties} (UTF-8), read once per class loader into
 * immutable maps, so no message is parsed per request. A language is found by its ISO 639 code, so adding one
 * means adding its file and nothing else.
 */
final class Bundles {

    static final String ENGLISH = "en";
    private static final Map<String, Map<String, String>> TEXTS = load();

    private Bundles() {}

    /** The texts of a language, empty when it has no bundle. */
    static Map<String, String> of(String language) {
        return TEXTS.getOrDefault(language, Map.of());
    }

    static boolean has(String language) {
        return TEXTS.containsKey(language);
    }

    /** The languages with a bundle, English first. */
    static List<String> languages() {
        return List.copyOf(TEXTS.keySet());
    }

    private static Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        List<String> codes = new ArrayList<>(List.of(Locale.getISOLanguages()));
        codes.remove(ENGLISH);
        codes.addFirst(ENGLISH);
        for (String code : codes) {
            Properties bundle = read(code);
            if (bundle != null) {
                Map<String, String> map = new LinkedHashMap<>();
                bundle.stringPropertyNames().forEach(key -> map.put(key, bundle.getProperty(key)));
                texts.put(code, Map.copyOf(map));
            }
        }
        if (!texts.containsKey(ENGLISH)) {
            throw new IllegalStateException("io/muster/messages/messages_en.properties is not on the classpath");
        }
        return Collections.unmodifiableMap(texts); // in order: English first
    }

    private static @Nullable Properties read(String language) {
        try (InputStream in = Bundles.class.getResourceAsStream("messages_" + language + ".properties")) {
            if (in == null) {
                return null;
            }
            Properties bundle = new Properties();
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return bundle;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
