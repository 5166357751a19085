package io.muster.gateway.sms;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.contracts.ContractSamples;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ContactOptOutChangedContractTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void writesExactlyTheGoldenContactOptOutChanged() {
        String golden = ContractSamples.json("ContactOptOutChanged", 1);

        String written = json.writeValueAsString(json.readValue(golden, ContactOptOutChanged.class));

        assertThat(json.readTree(written)).isEqualTo(json.readTree(golden));
    }
}
