package io.muster.gateway.operator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InboundViewTests {

    @ParameterizedTest(name = "\"{0}\" is listed as \"{1}\"")
    @CsvSource(
            delimiter = '|',
            value = {
                "+15550100001|+*********01",
                "Ada Lovelace <ada@example.org>|a***@example.org",
                "bob@example.org|b***@example.org",
                "<@example.org>|****@example.org"
            })
    void masksTheSenderInLists(String from, String masked) {
        assertThat(InboundView.masked(from)).isEqualTo(masked);
    }
}
