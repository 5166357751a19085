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
                "I need help!|NEEDS_HELP"
            })
    void readsAnAnswerWithoutCode(String body, String choice) {
        assertThat(ReplyParser.parse(body)).contains(new ParsedReply(choice, null));
    }

    @ParameterizedTest(name = "\"{0}\" chooses {1} for code {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1 47|1|47",
                " 2   47 |2|47",
                "safe 47|SAFE|47",
                "help 47|NEEDS_HELP|47",
                "Need help, 8|NEEDS_HELP|8"
            })
    void readsAnAnswerFollowedByTheReplyCode(String body, String choice, String code) {
        assertThat(ReplyParser.parse(body)).contains(new ParsedReply(choice, code));
    }

    @ParameterizedTest(name = "\"{0}\" is no answer")
    @ValueSource(strings = {"", "   ", "banana", "where do I go?", "safe help", "47 safe", "1234"})
    void findsNoAnswerInOtherText(String body) {
        assertThat(ReplyParser.parse(body)).isEmpty();
    }
}
