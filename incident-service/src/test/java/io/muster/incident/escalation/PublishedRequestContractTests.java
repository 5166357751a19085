package io.muster.incident.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.contracts.ContractSamples;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every NotificationRequested of the service (alerts, steps, reminders, all-clears, sitrep and
 * overdue-task notices) is written through this one record, so it has exactly the sample's shape.
 */
class PublishedRequestContractTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theGoldenSampleRoundTripsThroughOurRecord() {
        String golden = ContractSamples.json("NotificationRequested", 1);

        String written = json.writeValueAsString(json.readValue(golden, NotificationRequested.class));

        assertThat(written).isEqualTo(json.readTree(golden).toString());
    }

    @Test
    void theBridgeSampleRoundTripsThroughOurRecord() {
        String golden = ContractSamples.json("NotificationRequested", 1, "bridge");

        String written = json.writeValueAsString(json.readValue(golden, NotificationRequested.class));

        assertThat(written).isEqualTo(json.readTree(golden).toString());
    }

    /**
     * The sample of the reply-model contract (point 10): the golden sample with the structured
     * alternate site after the body. A copy in this module's test resources until the contracts
     * module's sample gains it.
     */
    @Test
    void theSampleWithAnAlternateSiteRoundTripsThroughOurRecordInItsOrder() {
        String sample = resource("/contracts/NotificationRequested.v1.json");

        String written = json.writeValueAsString(json.readValue(sample, NotificationRequested.class));

        assertThat(written).isEqualTo(json.readTree(sample).toString());
        assertThat(json.readTree(written).get("alternateSite").toString())
                .isEqualTo("{\"site\":\"Riverside\",\"name\":\"Hilltop Depot\",\"address\":\"12 Hill Road\"}");
    }

    @Test
    void anAlternateSiteWithoutAnAddressSaysSo() {
        var site = new NotificationRequested.AlternateSite("Riverside", "Hilltop Depot", null);

        assertThat(json.writeValueAsString(site))
                .isEqualTo("{\"site\":\"Riverside\",\"name\":\"Hilltop Depot\",\"address\":null}");
    }

    private static String resource(String path) {
        try (InputStream in = PublishedRequestContractTests.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
