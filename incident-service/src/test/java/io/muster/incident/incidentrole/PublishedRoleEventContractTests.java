package io.muster.incident.incidentrole;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.contracts.ContractSamples;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** SpokespersonDesignated as published has exactly the shape of the golden sample. */
class PublishedRoleEventContractTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theGoldenSampleRoundTripsThroughOurRecord() {
        String golden = ContractSamples.json("SpokespersonDesignated", 1);

        String written = json.writeValueAsString(json.readValue(golden, SpokespersonDesignated.class));

        assertThat(written).isEqualTo(json.readTree(golden).toString());
    }
}
