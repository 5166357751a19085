package io.muster.gateway.sms;

import io.muster.gateway.correlation.Correlation;
import io.muster.gateway.correlation.OpenRequest;
import io.muster.gateway.correlation.ReplyOption;
import io.muster.testkit.Golden;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every SMS reply text in every language, byte for byte (golden/sms-answers.txt). */
class SmsAnswersGoldenTests {

    private static final List<ReplyOption> OPTIONS = List.of(
            new ReplyOption("1", "SAFE", "I am safe"),
            new ReplyOption("2", "NEEDS_HELP", "I need help"),
            new ReplyOption("3", "AT_ALTERNATE_SITE", "I am at the alternate site"),
            new ReplyOption("4", "CALL_ME", "Call me"),
            new ReplyOption("5", "NO_LABEL", null));
    private static final List<Correlation.OpenAlert> OPEN = List.of(
            new Correlation.OpenAlert("1", "11", "Fire at Riverside"),
            new Correlation.OpenAlert("1", "12", "Gas leak in the basement of the north wing, building A"));

    @Test
    void everyTextInEveryLanguage() {
        StringBuilder dump = new StringBuilder();
        for (String locale : List.of("en", "fr")) {
            SmsAnswers texts = SmsAnswers.of(locale);
            line(dump, locale, "unmatched", texts.unmatched());
            line(dump, locale, "help", texts.help());
            line(dump, locale, "stopped", texts.stopped());
            line(dump, locale, "started", texts.started());
            line(dump, locale, "sharedNumber", texts.sharedNumber());
            line(dump, locale, "held", texts.held());
            for (String answer : List.of("SAFE", "NEEDS_HELP", "AT_ALTERNATE_SITE", "CALL_ME")) {
                line(
                        dump,
                        locale,
                        "thankYou " + answer,
                        texts.thankYou(request("Fire at Riverside", false), answer, false));
                line(
                        dump,
                        locale,
                        "thankYou late exercise " + answer,
                        texts.thankYou(request(null, true), answer, true));
            }
            line(dump, locale, "askForCode", texts.askForCode(OPEN));
            line(dump, locale, "options", texts.options(OPTIONS, false));
            line(dump, locale, "options with code", texts.options(OPTIONS, true));
        }
        Golden.assertMatches("sms-answers", dump.toString());
    }

    private static void line(StringBuilder dump, String locale, String what, String text) {
        dump.append(locale).append(' ').append(what).append(": ").append(text).append('\n');
    }

    private static OpenRequest request(String subject, boolean exercise) {
        return new OpenRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                "+15550100001",
                null,
                "47",
                OPTIONS,
                subject,
                Instant.now().plusSeconds(600),
                exercise,
                null,
                "fr",
                List.of());
    }
}
