package io.muster.notifier.sms;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.messages.AlertTexts;
import io.muster.messages.Messages;
import io.muster.messages.SmsSegments;
import io.muster.notifier.golden.EveryMessageKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every kind of SMS in French carries no English but the commander's words, and stays in the GSM alphabet. */
class SmsTextInEveryLanguageTests {

    private static final java.util.List<String> PURPOSES = EveryMessageKind.PURPOSES;

    private final SmsText texts =
            new SmsText(new AlertTexts(new Messages()), SmsTextTests.notifier("https://muster.example"));

    @ParameterizedTest
    @FieldSource("PURPOSES")
    void aFrenchSmsHasNoEnglishButTheCommandersWords(String purpose) {
        var french = EveryMessageKind.request(purpose, "fr-FR");
        var english = EveryMessageKind.request(purpose, "en");

        String text = texts.of(french, SmsTextTests.TOKEN);

        EveryMessageKind.assertNoEnglishIn(text, texts.of(english, SmsTextTests.TOKEN), french);
        assertThat(SmsSegments.of(text).gsm7()).as(text).isTrue();
    }
}
