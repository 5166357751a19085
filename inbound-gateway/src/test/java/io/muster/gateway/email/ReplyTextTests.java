package io.muster.gateway.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyTextTests {

    @Test
    void takesTheFirstOwnLineAsTheAnswerAndTheRestAsTheComment() {
        assertThat(ReplyText.of("\n  1  \nAll fine here\n\nOn Sat, 21 Nov 2026, Muster wrote:\n> 2\n"))
                .isEqualTo(new ReplyText("1", "All fine here"));
    }

    @Test
    void ignoresQuotedLinesAndTheSignature() {
        assertThat(ReplyText.of("> 1\r\nhelp\r\n-- \r\n2 Main Street\r\n")).isEqualTo(new ReplyText("help", null));
    }

    @Test
    void findsNoAnswerInAMailThatOnlyQuotes() {
        assertThat(ReplyText.of("Le 21 nov. 2026, Muster a écrit :\n> 1\n")).isEqualTo(new ReplyText("", null));
    }
}
