package io.muster.incident.voicemessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.muster.contracts.ContractSamples;
import io.muster.kafka.UnprocessableRecord;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class VoiceMessageReaderTests {

    private final JsonMapper json = JsonMapper.builder().build();
    private final VoiceMessageReader reader = new VoiceMessageReader(null);

    @Test
    void readsTheGoldenSampleIntoItsEvent() {
        assertThat(reader.type()).isEqualTo("VoiceMessageLeft");
        VoiceMessageLeft event = json.readValue(ContractSamples.json("VoiceMessageLeft", 1), reader.eventClass());

        assertThat(event.fromPersonId()).isEqualTo(UUID.fromString("5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c"));
        assertThat(event.toPersonId()).isEqualTo(UUID.fromString("8a7b6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d"));
        assertThat(event.durationSeconds()).isEqualTo(14);
        assertThat(event.heardAt()).isNull();
    }

    @Test
    void deadLettersAMessageItCanNeverStore() {
        String withoutRecipient = "{\"type\":\"VoiceMessageLeft\",\"exercise\":false,\"eventId\":\"" + UUID.randomUUID()
                + "\",\"incidentId\":\"" + UUID.randomUUID() + "\",\"fromPersonId\":\"" + UUID.randomUUID() + "\"}";

        assertThatThrownBy(() -> reader.handle(json.readValue(withoutRecipient, reader.eventClass())))
                .isInstanceOf(UnprocessableRecord.class)
                .hasMessageContaining("toPersonId");
    }
}
