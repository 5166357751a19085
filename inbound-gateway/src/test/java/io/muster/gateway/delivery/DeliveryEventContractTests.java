package io.muster.gateway.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.contracts.ContractSamples;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class DeliveryEventContractTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void writesExactlyTheGoldenNotificationDelivered() {
        assertRoundTrip("NotificationDelivered", NotificationDelivered.class);
    }

    @Test
    void writesExactlyTheGoldenNotificationFailed() {
        assertRoundTrip("NotificationFailed", NotificationFailed.class);
    }

    private void assertRoundTrip(String event, Class<?> record) {
        String golden = ContractSamples.json(event, 1);

        String written = json.writeValueAsString(json.readValue(golden, record));

        assertThat(json.readTree(written)).isEqualTo(json.readTree(golden));
    }
}
