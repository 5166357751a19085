package io.muster.incident.statuslog;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.contracts.ContractSamples;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class StatusLogEventContractTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theStatusUpdatePostedGoldenSampleRoundTripsThroughOurRecord() {
        String golden = ContractSamples.json("StatusUpdatePosted", 1);

        String written = json.writeValueAsString(json.readValue(golden, StatusUpdatePosted.class));

        assertThat(written).isEqualTo(json.readTree(golden).toString());
    }
}
