package io.muster.notifier.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTests {

    private final Templates templates = new Templates();

    @Test
    void rendersPlaceholdersInTheRequestedLanguageWithItsAccents() {
        assertThat(templates.render("fr", "general", "sms.instruction", Map.of("menu", "1 = sauf", "code", "47")))
                .isEqualTo("Répondez 1 = sauf (code 47).");
        assertThat(templates.render("en", "general", "sms.instruction", Map.of("menu", "1 = safe", "code", "47")))
                .isEqualTo("Reply 1 = safe (code 47).");
    }

    @Test
    void readsRegionalLocalesAsTheirLanguageAndFallsBackToEnglish() {
        assertThat(templates.render("fr-CA", "general", "exercise.tag", Map.of()))
                .isEqualTo("[EXERCICE]");
        assertThat(templates.render("de", "general", "exercise.tag", Map.of())).isEqualTo("[EXERCISE]");
        assertThat(templates.render("", "general", "exercise.tag", Map.of())).isEqualTo("[EXERCISE]");
    }

    @Test
    void anUnknownIncidentTypeUsesTheGeneralText() {
        assertThat(templates.render("en", "flood", "sms.link", Map.of("link", "L")))
                .isEqualTo("Answer: L");
    }
}
