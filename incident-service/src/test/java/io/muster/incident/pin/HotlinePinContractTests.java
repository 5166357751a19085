package io.muster.incident.pin;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.contracts.ContractSamples;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** HotlinePinChanged as published has exactly the shape of the golden sample. */
class HotlinePinContractTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theGoldenSampleRoundTripsThroughOurRecord() {
        String golden = ContractSamples.json("HotlinePinChanged", 1);

        String written = json.writeValueAsString(json.readValue(golden, HotlinePinChanged.class));

        assertThat(written).isEqualTo(json.readTree(golden).toString());
    }
}
