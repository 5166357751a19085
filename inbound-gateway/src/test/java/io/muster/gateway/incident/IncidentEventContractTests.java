package io.muster.gateway.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.contracts.ContractSamples;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class IncidentEventContractTests {

    private static final UUID INCIDENT = UUID.fromString("6f1c2b3a-9d8e-4f7a-b6c5-d4e3f2a1b0c9");
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void readsTheGoldenIncidentDeclared() {
        IncidentEvent event = read("IncidentDeclared");

        assertThat(event.type()).isEqualTo("IncidentDeclared");
        assertThat(event.incidentId()).isEqualTo(INCIDENT);
        assertThat(event.title()).isEqualTo("Fire alarm at Riverside");
        assertThat(event.isExercise()).isFalse();
    }

    @Test
    void readsTheGoldenStatusUpdatePosted() {
        IncidentEvent event = read("StatusUpdatePosted");

        assertThat(event.type()).isEqualTo("StatusUpdatePosted");
        assertThat(event.updateId()).isEqualTo(UUID.fromString("2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091"));
        assertThat(event.text()).startsWith("Building A remains closed.");
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-21T09:20:00Z"));
    }

    @Test
    void readsTheGoldenIncidentClosedAndToleratesEventsItDoesNotUse() {
        assertThat(read("IncidentClosed").incidentId()).isEqualTo(INCIDENT);
        assertThat(read("IncidentUpdated").type()).isEqualTo("IncidentUpdated");
        assertThat(read("StatementPublished").incidentId()).isNotNull();
    }

    private IncidentEvent read(String type) {
        return json.readValue(ContractSamples.json(type, 1), IncidentEvent.class);
    }
}
