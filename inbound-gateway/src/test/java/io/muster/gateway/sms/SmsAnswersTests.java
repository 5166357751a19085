package io.muster.gateway.sms;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.correlation.Correlation;
import io.muster.gateway.correlation.OpenRequest;
import io.muster.gateway.correlation.ReplyOption;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmsAnswersTests {

    private static final List<ReplyOption> THREE = List.of(
            new ReplyOption("1", "SAFE", "I am safe"),
            new ReplyOption("2", "NEEDS_HELP", "I need help"),
            new ReplyOption("3", "AT_ALTERNATE_SITE", "I am at the alternate site"));
    /**
     * GSM 03.38's basic set and its extension table ([ and ] count twice): a text in it is sent in 7-bit
     * characters, 160 a segment; one other character (ê, ç) would make the whole text UCS-2, 70 a segment.
     */
    private static final Pattern GSM_7 = Pattern.compile(
            "[A-Za-z0-9 @£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!\"#¤%&'()*+,\\-./:;<=>?¡ÄÖÑÜ§¿äöñüà\\n\\r" + "\\[\\]{}^~|€]*");

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "fr, FRENCH",
                "fr-CA, FRENCH",
                "fr_BE, FRENCH",
                "FR, FRENCH",
                "en, ENGLISH",
                "en-GB, ENGLISH",
                "de, ENGLISH",
                "null, ENGLISH",
                "'', ENGLISH",
                "'not a locale!', ENGLISH"
            })
    void aFrenchLocaleGetsFrenchAndAnyOtherEnglish(String locale, String expected) {
        assertThat(SmsAnswers.of(locale))
                .isSameAs("FRENCH".equals(expected) ? SmsAnswers.of("fr") : SmsAnswers.ENGLISH);
    }

    @Test
    void thanksInEnglishNameTheAnswerAndTheAlert() {
        assertThat(SmsAnswers.ENGLISH.thankYou(request(false), "SAFE", false))
                .isEqualTo("Thank you. Recorded: SAFE for Fire alarm at Riverside.");
        assertThat(SmsAnswers.ENGLISH.thankYou(request(true), "NEEDS_HELP", true))
                .isEqualTo("[EXERCISE] Thank you. Recorded: NEEDS_HELP for Fire alarm at Riverside"
                        + " (after the alert's reply time).");
    }

    @Test
    void thanksInFrenchNameTheAnswerInFrench() {
        assertThat(SmsAnswers.of("fr").thankYou(request(false), "SAFE", false))
                .isEqualTo("Merci. Réponse enregistrée : en sécurité pour Fire alarm at Riverside.");
        assertThat(SmsAnswers.of("fr").thankYou(request(false), "AT_ALTERNATE_SITE", false))
                .isEqualTo("Merci. Réponse enregistrée : sur le site de repli pour Fire alarm at Riverside.");
        assertThat(SmsAnswers.of("fr").thankYou(request(true), "NEEDS_HELP", true))
                .isEqualTo("[EXERCICE] Merci. Réponse enregistrée : besoin d'aide pour Fire alarm at Riverside"
                        + " (après le délai de réponse de l'alerte).");
    }

    @Test
    void askWhichAlertIsMeantNamingEachByTitleAndCodeInEitherLanguage() {
        assertThat(SmsAnswers.ENGLISH.askForCode(TWO_OPEN))
                .isEqualTo("You have 2 open alerts. Reply 1 11 for \"Fire at Riverside\", 1 12 for \"Flood at"
                        + " Hilltop\".");
        assertThat(SmsAnswers.of("fr").askForCode(TWO_OPEN))
                .isEqualTo("Vous avez 2 alertes en cours. Répondez 1 11 pour \"Fire at Riverside\", 1 12 pour"
                        + " \"Flood at Hilltop\".");
    }

    @Test
    void shortenALongTitleInTheWhichAlertQuestion() {
        var longTitle = List.of(
                new Correlation.OpenAlert("2", "11", "Gas leak in the basement of the north wing, building A"),
                new Correlation.OpenAlert("2", "12", "Flood"));

        assertThat(SmsAnswers.ENGLISH.askForCode(longTitle))
                .isEqualTo("You have 2 open alerts. Reply 2 11 for \"Gas leak in the basement of the north...\","
                        + " 2 12 for \"Flood\".");
    }

    @Test
    void listTheOptionsTheRequestOffersInEitherLanguage() {
        assertThat(SmsAnswers.ENGLISH.options(THREE, false))
                .isEqualTo("Sorry, we did not understand your reply. Reply 1 for I am safe, 2 for I need help,"
                        + " 3 for I am at the alternate site.");
        assertThat(SmsAnswers.of("fr").options(THREE, true))
                .isEqualTo("Désolé, nous n'avons pas compris votre réponse. Répondez 1 pour je suis en sécurité,"
                        + " 2 pour j'ai besoin d'aide, 3 pour je suis sur le site de repli, suivi du code de"
                        + " l'alerte.");
        assertThat(SmsAnswers.of("fr").options(THREE.subList(0, 2), false)).doesNotContain("3 pour");
    }

    @Test
    void anOptionWeHaveNoFrenchForKeepsItsOwnLabel() {
        assertThat(SmsAnswers.of("fr").options(List.of(new ReplyOption("5", "CALL_ME", "Call me")), false))
                .endsWith("Répondez 5 pour Call me.");
    }

    @Test
    void theFixedTextsInFrench() {
        assertThat(SmsAnswers.of("fr").unmatched())
                .isEqualTo("Nous n'avons pas pu associer cette réponse à une alerte en cours.");
        assertThat(SmsAnswers.of("fr").sharedNumber()).startsWith("Plusieurs personnes sont alertées à ce numéro");
        assertThat(SmsAnswers.of("fr").stopped())
                .isEqualTo("Vous ne recevrez plus les alertes Muster par SMS sur ce numéro. Répondez START pour les"
                        + " recevoir à nouveau.");
        assertThat(SmsAnswers.of("fr").started()).startsWith("Vous recevrez à nouveau les alertes Muster");
        assertThat(SmsAnswers.of("fr").help())
                .startsWith("Alertes d'urgence Muster.")
                .contains("STOP");
    }

    @Test
    void theFixedTextsInEnglishAreUnchanged() {
        assertThat(SmsAnswers.ENGLISH.unmatched()).isEqualTo("We could not match this reply to an open alert.");
        assertThat(SmsAnswers.ENGLISH.stopped()).startsWith("You will no longer receive Muster alerts by SMS");
        assertThat(SmsAnswers.ENGLISH.started()).startsWith("You will receive Muster alerts by SMS");
        assertThat(SmsAnswers.ENGLISH.sharedNumber()).startsWith("Several people receive alerts at this number");
        assertThat(SmsAnswers.ENGLISH.help()).startsWith("Muster emergency alerts.");
    }

    @Test
    void everyTextStaysInTheGsmAlphabetSoASegmentHoldsAHundredAndSixtyCharacters() {
        for (SmsAnswers texts : List.of(SmsAnswers.ENGLISH, SmsAnswers.of("fr"))) {
            for (String text : List.of(
                    texts.unmatched(),
                    texts.help(),
                    texts.stopped(),
                    texts.started(),
                    texts.sharedNumber(),
                    texts.askForCode(TWO_OPEN),
                    texts.held(),
                    texts.options(THREE, true),
                    texts.thankYou(request(true), "AT_ALTERNATE_SITE", true))) {
                assertThat(text).matches(GSM_7);
            }
        }
    }

    private static final List<Correlation.OpenAlert> TWO_OPEN = List.of(
            new Correlation.OpenAlert("1", "11", "Fire at Riverside"),
            new Correlation.OpenAlert("1", "12", "Flood at Hilltop"));

    private static OpenRequest request(boolean exercise) {
        return new OpenRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                "+15550100001",
                null,
                "47",
                THREE,
                "Fire alarm at Riverside",
                Instant.now().plusSeconds(600),
                exercise,
                null,
                "fr",
                List.of());
    }
}
