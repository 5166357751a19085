package io.muster.incident.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.contracts.ContractSamples;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** IncidentUpdated and IncidentClosed have exactly the shape of their golden samples. */
class LifecycleEventContractTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(classes = {IncidentUpdated.class, IncidentClosed.class})
    void theGoldenSampleRoundTripsThroughOurRecord(Class<?> event) {
        String golden = ContractSamples.json(event.getSimpleName(), 1);

        String written = json.writeValueAsString(json.readValue(golden, event));

        assertThat(written).isEqualTo(json.readTree(golden).toString());
    }
}
