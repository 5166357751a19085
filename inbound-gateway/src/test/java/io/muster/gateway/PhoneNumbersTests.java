package io.muster.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTests {

    @Test
    void showsOnlyTheLastTwoDigits() {
        assertThat(PhoneNumbers.masked("+15550100001")).isEqualTo("+*********01");
    }

    @Test
    void hidesNumbersTooShortToMask() {
        assertThat(PhoneNumbers.masked("7")).isEqualTo("***");
    }
}
