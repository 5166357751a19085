package io.muster.incident.pin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.muster.incident.web.InvalidFields;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PinRulesTests {

    @ParameterizedTest
    @ValueSource(strings = {"480913", "90817264", "1357924"})
    void acceptsSixToEightDigitsThatAreNotObvious(String pin) {
        assertThat(PinRules.checked(pin, "E-1042")).isEqualTo(pin);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "12345",
                "123456789",
                "12 456",
                "000000",
                "999999",
                "123456",
                "890123",
                "654321",
                "210987",
                "510420",
                "104200"
            })
    void refusesShortLongRepeatedRunsAndTheEmployeeId(String pin) {
        assertThatThrownBy(() -> PinRules.checked(pin, "E-1042")).isInstanceOf(InvalidFields.class);
    }
}
