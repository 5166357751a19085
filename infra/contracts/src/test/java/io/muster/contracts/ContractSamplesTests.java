package io.muster.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ContractSamplesTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "IncidentDeclared",
                "NotificationRequested",
                "NotificationSent",
                "NotificationDelivered",
                "NotificationFailed",
                "ReplyReceived",
                "IncidentUpdated",
                "IncidentClosed",
                "StatusUpdatePosted",
                "SpokespersonDesignated",
                "StatementPublished",
                "ContactOptOutChanged",
                "HotlineMessageRecorded",
                "VoiceMessageLeft",
                "BridgeParticipantChanged",
                "BridgeCallRequested",
                "BridgeCallFailed"
            })
    void everySampleCarriesTheCommonEnvelope(String event) {
        JsonNode sample = json.readTree(ContractSamples.json(event, 1));

        assertThat(sample.get("type").asText()).isEqualTo(event);
        assertThat(sample.get("version").asInt()).isEqualTo(1);
        assertThat(UUID.fromString(sample.get("eventId").asText())).isNotNull();
        assertThat(UUID.fromString(sample.get("incidentId").asText())).isNotNull();
        assertThat(Instant.parse(sample.get("occurredAt").asText())).isNotNull();
        assertThat(sample.get("exercise").isBoolean()).isTrue();
    }

    @Test
    void theBridgeVariantIsTheRequestSampleWithTheBridgeInvitationAdded() {
        JsonNode plain = json.readTree(ContractSamples.json("NotificationRequested", 1));
        JsonNode bridge = json.readTree(ContractSamples.json("NotificationRequested", 1, "bridge"));

        assertThat(plain.has("bridge")).isFalse();
        assertThat(bridge.get("bridge").asBoolean()).isTrue();
        var withoutBridge = ((tools.jackson.databind.node.ObjectNode) bridge.deepCopy())
                .without(java.util.List.of("bridge", "eventId"));
        var plainWithoutId =
                ((tools.jackson.databind.node.ObjectNode) plain.deepCopy()).without(java.util.List.of("eventId"));
        assertThat(withoutBridge).isEqualTo(plainWithoutId);
    }

    @Test
    void anUnknownSampleIsAClearError() {
        assertThatThrownBy(() -> ContractSamples.json("NoSuchEvent", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NoSuchEvent.v1.json");
    }
}
