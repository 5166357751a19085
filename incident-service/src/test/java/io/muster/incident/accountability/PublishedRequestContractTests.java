package io.muster.incident.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.contracts.ContractSamples;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The reminders this feature publishes have exactly the shape of the NotificationRequested sample. */
class PublishedRequestContractTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theGoldenSampleRoundTripsThroughOurRecord() {
        String golden = ContractSamples.json("NotificationRequested", 1);

        String written = json.writeValueAsString(json.readValue(golden, NotificationRequested.class));

        assertThat(json.readTree(written)).isEqualTo(json.readTree(golden));
    }
}
