package io.muster.messages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTests {

    @Test
    void regionalAndUpperCaseLocalesReadTheirLanguage() {
        assertThat(Language.of("fr-CA")).isEqualTo("fr");
        assertThat(Language.of("fr_FR")).isEqualTo("fr");
        assertThat(Language.of("FR")).isEqualTo("fr");
        assertThat(Language.of(" fr-BE ")).isEqualTo("fr");
        assertThat(Language.of("en-GB")).isEqualTo("en");
    }

    @Test
    void aLanguageWithoutABundleAndANoLocaleReadEnglish() {
        assertThat(Language.of("de-AT")).isEqualTo("en");
        assertThat(Language.of("")).isEqualTo("en");
        assertThat(Language.of(null)).isEqualTo("en");
        assertThat(Language.of("not a locale!")).isEqualTo("en");
    }

    @Test
    void theSpokenLanguageIsKeptEvenWithoutABundle() {
        assertThat(Language.spoken("de-AT")).isEqualTo("de");
        assertThat(Language.spoken("fr_CA")).isEqualTo("fr");
        assertThat(Language.spoken(" ")).isEqualTo("en");
    }

    @Test
    void aReaderWithItsOwnDefaultLearnsWhetherTheLocaleHasABundle() {
        assertThat(Language.bundled("fr-CA")).contains("fr");
        assertThat(Language.bundled("en")).contains("en");
        assertThat(Language.bundled("de")).isEmpty();
        assertThat(Language.bundled("not a locale!")).isEmpty();
        assertThat(Language.bundled(" ")).isEmpty();
        assertThat(Language.bundled(null)).isEmpty();
    }
}
