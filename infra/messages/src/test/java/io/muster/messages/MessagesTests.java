package io.muster.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTests {

    /** The bundles as shipped (the test classpath adds a test-only language, eo). */
    private static final Path SHIPPED = Path.of("src/main/resources/io/muster/messages");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    private final Messages messages = new Messages();

    @Test
    void rendersPlaceholdersInTheRequestedLanguageWithItsAccents() {
        assertThat(messages.render("fr", "general", "sms.instruction", Map.of("menu", "1 = sauf", "code", "47")))
                .isEqualTo("Répondez 1 = sauf (code 47).");
        assertThat(messages.render("en", "general", "sms.instruction", Map.of("menu", "1 = safe", "code", "47")))
                .isEqualTo("Reply 1 = safe (code 47).");
    }

    @Test
    void aMissingValueReadsEmptyAndAValueIsTakenLiterally() {
        assertThat(messages.render("en", "general", "sms.instruction", Map.of("menu", "$1 \\ {code}")))
                .isEqualTo("Reply $1 \\ {code} (code ).");
    }

    @Test
    void readsRegionalLocalesAsTheirLanguageAndFallsBackToEnglish() {
        assertThat(messages.render("fr-CA", "general", "exercise.tag", Map.of()))
                .isEqualTo("[EXERCICE]");
        assertThat(messages.render("fr_FR", "general", "exercise.tag", Map.of()))
                .isEqualTo("[EXERCICE]");
        assertThat(messages.render("de", "general", "exercise.tag", Map.of())).isEqualTo("[EXERCISE]");
        assertThat(messages.render("", "general", "exercise.tag", Map.of())).isEqualTo("[EXERCISE]");
        assertThat(messages.render(null, "general", "exercise.tag", Map.of())).isEqualTo("[EXERCISE]");
    }

    @Test
    void aKeyMissingInALanguageReadsEnglish() {
        assertThat(messages.render("eo", "general", "exercise.tag", Map.of())).isEqualTo("[EKZERCO]");
        assertThat(messages.render("eo", "general", "sms.link", Map.of("link", "L")))
                .isEqualTo("Answer: L");
    }

    @Test
    void anIncidentTypeMayHaveItsOwnTextAndAnUnknownTypeUsesTheGeneralOne() {
        assertThat(messages.render("eo", "flood", "exercise.tag", Map.of())).isEqualTo("[EKZERCO: INUNDO]");
        assertThat(messages.render("eo", "fire", "exercise.tag", Map.of())).isEqualTo("[EKZERCO]");
        assertThat(messages.render("en", "flood", "sms.link", Map.of("link", "L")))
                .isEqualTo("Answer: L");
    }

    @Test
    void anUnknownKeyIsAProgrammingErrorAndFindSaysSo() {
        assertThatThrownBy(() -> messages.render("en", "general", "no.such.key", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no.such.key");
        assertThat(messages.find("fr", "general", "no.such.key")).isEmpty();
        assertThat(messages.find("fr", "general", "option.sms.SAFE")).contains("en sécurité");
    }

    @Test
    void everyShippedLanguageHasEveryKeyOfEveryOther() throws IOException {
        Map<String, Properties> bundles = shipped();
        Set<String> all = new TreeSet<>();
        bundles.values().forEach(bundle -> all.addAll(bundle.stringPropertyNames()));

        assertThat(bundles).containsKeys("en", "fr");
        bundles.forEach((language, bundle) -> assertThat(bundle.stringPropertyNames())
                .as("keys of messages_%s.properties", language)
                .containsExactlyInAnyOrderElementsOf(all));
    }

    @Test
    void theTextsAroundAnAnswerAreReadWithoutAnIncidentTypeInTheLocalesLanguage() {
        assertThat(messages.text("fr-CA", "reply.sms.this-alert")).isEqualTo("cette alerte");
        assertThat(messages.text("de", "reply.sms.this-alert")).isEqualTo("this alert");
        assertThat(messages.template("fr", "hotline.several-incidents").render("count", "2"))
                .isEqualTo("Vous êtes concerné par 2 incidents en cours.");
        assertThatThrownBy(() -> messages.text("en", "reply.sms.no-such-key"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reply.sms.no-such-key");
    }

    /** The gateway reads these namespaces at startup; a language missing one would fail it there. */
    @Test
    void everyShippedLanguageHasTheGatewaysTexts() throws IOException {
        for (var bundle : shipped().entrySet()) {
            Set<String> keys = bundle.getValue().stringPropertyNames();
            for (String namespace : new String[] {"reply.sms.", "answer-page.", "voice.", "hotline.", "answer."}) {
                assertThat(keys)
                        .as("%s* in messages_%s.properties", namespace, bundle.getKey())
                        .anyMatch(key -> key.startsWith(namespace));
            }
            assertThat(keys).contains("voice.say-language", "reply.sms.thank-you", "answer-page.recorded");
        }
    }

    @Test
    void everyTranslationHasTheSamePlaceholdersAsEnglish() throws IOException {
        Map<String, Properties> bundles = shipped();
        Properties english = bundles.get("en");

        bundles.forEach((language, bundle) -> english.stringPropertyNames()
                .forEach(key -> assertThat(placeholders(bundle.getProperty(key, "")))
                        .as("placeholders of %s in %s", key, language)
                        .isEqualTo(placeholders(english.getProperty(key)))));
    }

    @Test
    void everyShippedLanguageIsFoundAtRuntimeEnglishFirst() throws IOException {
        assertThat(Language.bundled()).startsWith("en").containsAll(shipped().keySet());
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static Map<String, Properties> shipped() throws IOException {
        Map<String, Properties> bundles = new TreeMap<>();
        try (Stream<Path> files = Files.list(SHIPPED)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                Properties bundle = new Properties();
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    bundle.load(in);
                }
                bundles.put(name.substring("messages_".length(), name.length() - ".properties".length()), bundle);
            }
        }
        return bundles;
    }
}
