package io.muster.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyParserTests {

    @ParameterizedTest(name = "\"{0}\" chooses {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1|1",
                "  2 |2",
                "SAFE|SAFE",
                "safe|SAFE",
                "Ok|SAFE",
                "I'm safe|SAFE",
                "I’m   SAFE!|SAFE",
                "i am safe.|SAFE",
                "HELP|NEEDS_HELP",
                "need help|NEEDS_HELP",
                "NEED   HELP|NEEDS_HELP",
                "I need help!|NEEDS_HELP",
                "yes|SAFE",
                "Y|SAFE",
                "oui|SAFE",
                "Oui !|SAFE",
                "sauf|SAFE",
                "Sain et sauf|SAFE",
                "Je suis en sécurité|SAFE",
                "EN SECURITE|SAFE",
                "ça va|SAFE",
                "aide|NEEDS_HELP",
                "Aidez-moi !|NEEDS_HELP",
                "J'ai besoin d'aide|NEEDS_HELP",
                "au secours|NEEDS_HELP",
                "SOS|NEEDS_HELP",
                "site de repli|AT_ALTERNATE_SITE",
                "at the alternate site|AT_ALTERNATE_SITE"
            })
    void readsAnAnswerWithoutCode(String body, String choice) {
        assertThat(ReplyParser.parse(body).orElseThrow().choices()).first().isEqualTo(choice);
        assertThat(ReplyParser.parse(body).orElseThrow().code()).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" chooses {1} for code {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1 47|1|47",
                " 2   47 |2|47",
                "safe 47|SAFE|47",
                "help 47|NEEDS_HELP|47",
                "Need help, 8|NEEDS_HELP|8",
                "yes 47|SAFE|47",
                "oui 47|SAFE|47",
                "aide 47|NEEDS_HELP|47"
            })
    void readsAnAnswerFollowedByTheReplyCode(String body, String choice, String code) {
        assertThat(ReplyParser.parse(body).orElseThrow().choices()).first().isEqualTo(choice);
        assertThat(ReplyParser.parse(body).orElseThrow().code()).isEqualTo(code);
    }

    @ParameterizedTest(name = "\"{0}\" is no answer")
    @ValueSource(strings = {"", "   ", "banana", "where do I go?", "safe help", "47 safe", "1234", "STOP", "nope"})
    void findsNoAnswerInOtherText(String body) {
        assertThat(ReplyParser.parse(body)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" means {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "yes|SAFE COMING",
                "Oui !|SAFE COMING",
                "ok 90|SAFE COMING",
                "I can come|COMING",
                "no|NOT_COMING",
                "Non|NOT_COMING",
                "I can't come|NOT_COMING",
                "safe|SAFE"
            })
    void readsAYesOrNoWordAsTheYesOrNoOfWhicheverQuestionItAnswers(String body, String choices) {
        assertThat(ReplyParser.parse(body).orElseThrow().choices()).containsExactly(choices.split(" "));
    }
}
