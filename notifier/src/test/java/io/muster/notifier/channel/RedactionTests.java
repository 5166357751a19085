package io.muster.notifier.channel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTests {

    @Test
    void phoneNumbersKeepOnlyTheirLastTwoDigits() {
        assertThat(Redaction.address("+15550100001")).isEqualTo("+*********01");
    }

    @Test
    void emailAddressesKeepTheirFirstLetterAndDomain() {
        assertThat(Redaction.address("ada.lovelace@demo.muster.local")).isEqualTo("a***@demo.muster.local");
    }

    @Test
    void numbersInsideProviderMessagesAreMasked() {
        assertThat(Redaction.phoneNumbersIn("The 'To' number +15550100001 is not valid"))
                .isEqualTo("The 'To' number +*********01 is not valid");
    }

    @Test
    void emailAddressesInsideProviderMessagesAreMasked() {
        assertThat(Redaction.emailAddressesIn("550 5.1.1 <ada.lovelace@demo.muster.local>: unknown; cc bob@x.org"))
                .isEqualTo("550 5.1.1 <a***@demo.muster.local>: unknown; cc b***@x.org");
    }
}
