package io.muster.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.messages.Alert.AlternateSite;
import io.muster.messages.Alert.Option;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The composition both the notifier and the preview call (the notifier's golden files pin every variant). */
class AlertTextsTests {

    private static final List<Option> ROLL_CALL =
            List.of(new Option("1", "SAFE", "I am safe"), new Option("2", "NEEDS_HELP", "I need help"));

    private final AlertTexts texts = new AlertTexts(new Messages());

    @Test
    void anAlertSmsHasTheHeadingTheWordsWhereToReportTheMenuTheCodeAndTheLink() {
        var site = new AlternateSite("Riverside", "Hilltop Depot", null);

        assertThat(texts.sms(alert("fr-CA", "ALERT", "Quittez le bâtiment.", false, site, ROLL_CALL)))
                .isEqualTo("[EXERCICE] Incendie : Quittez le bâtiment. Si Riverside n'est pas utilisable, rendez-vous"
                        + " à Hilltop Depot. Répondez 1 = en sécurité, 2 = besoin d'aide (code 10). Réponse : L");
    }

    @Test
    void anAllClearAsksNothing() {
        assertThat(texts.sms(alert("en", "ALL_CLEAR", "", false, null, List.of())))
                .isEqualTo("[EXERCISE] All clear: Incendie. No further action is needed.");
    }

    @Test
    void aVoiceMessageNoticeNamesTheColleagueAndTheIncidentAndAsksNothingInThePersonsLanguage() {
        assertThat(texts.sms(voiceMessage("en")))
                .isEqualTo("A voice message from Ada Lovelace waits for you about Fire at Riverside."
                        + " Call the hotline to hear it.");
        assertThat(texts.sms(voiceMessage("fr")))
                .isEqualTo("Un message vocal de Ada Lovelace vous attend au sujet de Fire at Riverside."
                        + " Appelez la ligne d'urgence pour l'écouter.");
        assertThat(texts.email(voiceMessage("en")).subject())
                .isEqualTo("[Muster] A voice message from Ada Lovelace waits for you about Fire at Riverside");
    }

    @Test
    void aLifeSafetySmsIsShortenedToTwoSegmentsKeepingTheInstructionAndTheLink() {
        String sms = texts.sms(alert("en", "ALERT", "Evacuate now. ".repeat(40), true, null, ROLL_CALL));

        assertThat(SmsSegments.of(sms).count()).isEqualTo(2);
        assertThat(sms).endsWith("... Reply 1 = safe, 2 = need help (code 10). Answer: L");
    }

    @Test
    void theEmailTextLaysOutNoticeHeadingParagraphsAnswerAndFooter() {
        Email email = texts.email(alert("en", "REMINDER", "Leave now.", false, null, ROLL_CALL));

        assertThat(email.subject()).isEqualTo("[Muster][EXERCISE] Reminder: Incendie");
        assertThat(email.answer()).isNotNull();
        assertThat(email.answer().label()).isEqualTo("Answer here:");
        assertThat(email.text())
                .isEqualTo(
                        """
                        THIS IS AN EXERCISE.

                        Reminder: Incendie

                        Leave now.

                        Answer here: L
                        Or reply to this email with 1 = I am safe / 2 = I need help.

                        --\s
                        Sent by Muster. This message was generated automatically.
                        """);
    }

    private static Alert voiceMessage(String locale) {
        return new Alert(
                locale,
                "general",
                "VOICE_MESSAGE",
                "Ada Lovelace",
                "Fire at Riverside",
                false,
                false,
                null,
                List.of(),
                "0",
                "L");
    }

    private static Alert alert(
            String locale, String purpose, String body, boolean lifeSafety, AlternateSite site, List<Option> options) {
        return new Alert(locale, "general", purpose, "Incendie", body, true, lifeSafety, site, options, "10", "L");
    }
}
