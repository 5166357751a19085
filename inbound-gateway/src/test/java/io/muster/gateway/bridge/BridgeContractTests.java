package io.muster.gateway.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.contracts.ContractSamples;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class BridgeContractTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void writesExactlyTheGoldenBridgeParticipantChangedWithAnIdPerCallAndEvent() {
        var golden = (ObjectNode) json.readTree(ContractSamples.json("BridgeParticipantChanged", 1));

        var event = BridgeParticipantChanged.of(
                UUID.fromString(golden.get("incidentId").asString()),
                false,
                UUID.fromString(golden.get("personId").asString()),
                golden.get("callSid").asString(),
                "JOINED",
                Instant.parse(golden.get("at").asString()),
                Instant.parse(golden.get("occurredAt").asString()));

        golden.put("eventId", event.eventId().toString());
        assertThat(json.readTree(json.writeValueAsString(event))).isEqualTo(golden);
        var again = BridgeParticipantChanged.of(
                event.incidentId(), false, event.personId(), event.callSid(), "JOINED", event.at(), Instant.now());
        var left = BridgeParticipantChanged.of(
                event.incidentId(), false, event.personId(), event.callSid(), "LEFT", event.at(), Instant.now());
        assertThat(again.eventId()).isEqualTo(event.eventId());
        assertThat(left.eventId()).isNotEqualTo(event.eventId());
    }

    @Test
    void readsTheGoldenBridgeCallRequestedAndWritesExactlyTheGoldenBridgeCallFailed() {
        var request = json.readValue(ContractSamples.json("BridgeCallRequested", 1), BridgeCallRequested.class);
        var golden = (ObjectNode) json.readTree(ContractSamples.json("BridgeCallFailed", 1));

        var failed = BridgeCallFailed.of(
                request,
                "bridge-call-failed",
                Instant.parse(golden.get("occurredAt").asString()));

        assertThat(request.complete()).isTrue();
        assertThat(request.ringInKey()).isEqualTo("incident-service:" + request.eventId());
        golden.put("eventId", failed.eventId().toString());
        assertThat(json.readTree(json.writeValueAsString(failed))).isEqualTo(golden);
    }
}
