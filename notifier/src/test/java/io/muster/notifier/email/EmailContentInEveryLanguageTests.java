package io.muster.notifier.email;

import io.muster.messages.AlertTexts;
import io.muster.messages.Messages;
import io.muster.notifier.golden.EveryMessageKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every kind of email in French (subject, text, HTML) carries no English but the commander's words. */
class EmailContentInEveryLanguageTests {

    private static final List<String> PURPOSES = EveryMessageKind.PURPOSES;
    private static final String TOKEN = "c".repeat(48);

    private final EmailContent content = new EmailContent(new AlertTexts(new Messages()), EmailContentTests.notifier());

    @ParameterizedTest
    @FieldSource("PURPOSES")
    void aFrenchEmailHasNoEnglishButTheCommandersWords(String purpose) {
        var french = EveryMessageKind.request(purpose, "fr");
        var english = EveryMessageKind.request(purpose, "en");

        EveryMessageKind.assertNoEnglishIn(content.subject(french), content.subject(english), french);
        EveryMessageKind.assertNoEnglishIn(content.text(french, TOKEN), content.text(english, TOKEN), french);
        EveryMessageKind.assertNoEnglishIn(content.html(french, TOKEN), content.html(english, TOKEN), french);
    }
}
