package io.muster.incident.statement;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.contracts.ContractSamples;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** StatementPublished as published has exactly the shape of the golden sample. */
class PublishedStatementEventContractTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theGoldenSampleRoundTripsThroughOurRecord() {
        String golden = ContractSamples.json("StatementPublished", 1);

        String written = json.writeValueAsString(json.readValue(golden, StatementPublished.class));

        assertThat(written).isEqualTo(json.readTree(golden).toString());
    }
}
