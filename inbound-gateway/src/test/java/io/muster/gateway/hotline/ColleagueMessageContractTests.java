package io.muster.gateway.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.contracts.ContractSamples;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ColleagueMessageContractTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void writesExactlyTheGoldenVoiceMessageLeft() {
        var golden = (ObjectNode) json.readTree(ContractSamples.json("VoiceMessageLeft", 1));
        var message = new ColleagueMessages.ColleagueMessage(
                golden.get("recordingSid").asString(),
                UUID.fromString(golden.get("incidentId").asString()),
                UUID.fromString(golden.get("fromPersonId").asString()),
                "Ada Lovelace",
                UUID.fromString(golden.get("toPersonId").asString()),
                "Grace Hopper",
                null,
                golden.get("recordingUrl").asString(),
                golden.get("durationSeconds").asInt(),
                Instant.now(),
                null);

        var event = VoiceMessageLeft.of(
                message,
                false,
                golden.get("providerReference").asString(),
                Instant.parse(golden.get("occurredAt").asString()));

        golden.put("eventId", event.eventId().toString());
        assertThat(json.readTree(json.writeValueAsString(event))).isEqualTo(golden);
        assertThat(VoiceMessageLeft.of(message, false, "CA1", Instant.now()).eventId())
                .isEqualTo(event.eventId());
    }

    @Test
    void writesExactlyTheGoldenVoiceMessageLeftForATeam() {
        var golden = (ObjectNode) json.readTree(ContractSamples.json("VoiceMessageLeft", 1, "team"));
        var message = new ColleagueMessages.ColleagueMessage(
                golden.get("recordingSid").asString(),
                UUID.fromString(golden.get("incidentId").asString()),
                UUID.fromString(golden.get("fromPersonId").asString()),
                "Ada Lovelace",
                null,
                null,
                golden.get("toRole").asString(),
                golden.get("recordingUrl").asString(),
                golden.get("durationSeconds").asInt(),
                Instant.now(),
                null);

        var event = VoiceMessageLeft.of(
                message,
                false,
                golden.get("providerReference").asString(),
                Instant.parse(golden.get("occurredAt").asString()));

        golden.put("eventId", event.eventId().toString());
        assertThat(json.readTree(json.writeValueAsString(event))).isEqualTo(golden);
    }
}
