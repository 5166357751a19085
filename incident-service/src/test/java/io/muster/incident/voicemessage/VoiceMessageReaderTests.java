package io.muster.incident.voicemessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.muster.contracts.ContractSamples;
import io.muster.kafka.UnprocessableRecord;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class VoiceMessageListenerTests {

    private final VoiceMessageListener listener =
            new VoiceMessageListener(JsonMapper.builder().build(), null);

    @Test
    void readsTheGoldenSample() {
        VoiceMessageLeft event = listener.decode(ContractSamples.json("VoiceMessageLeft", 1));

        assertThat(event).isNotNull();
        assertThat(event.fromPersonId()).isEqualTo(UUID.fromString("5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c"));
        assertThat(event.toPersonId()).isEqualTo(UUID.fromString("8a7b6c5d-4e3f-4a2b-8c1d-0e9f8a7b6c5d"));
        assertThat(event.durationSeconds()).isEqualTo(14);
        assertThat(event.heardAt()).isNull();
    }

    @Test
    void skipsTheOtherEventsOfTheRepliesTopic() {
        assertThat(listener.decode(ContractSamples.json("ReplyReceived", 1))).isNull();
        assertThat(listener.decode(ContractSamples.json("HotlineMessageRecorded", 1)))
                .isNull();
    }

    @Test
    void deadLettersWhatItCannotRead() {
        assertThatThrownBy(() -> listener.decode("not json")).isInstanceOf(UnprocessableRecord.class);
        assertThatThrownBy(() -> listener.decode("")).isInstanceOf(UnprocessableRecord.class);
        assertThatThrownBy(() -> listener.decode("{\"type\":\"VoiceMessageLeft\",\"eventId\":\"x\"}"))
                .isInstanceOf(UnprocessableRecord.class);
        assertThatThrownBy(() -> listener.decode("{\"type\":\"VoiceMessageLeft\",\"exercise\":false,\"eventId\":\""
                        + UUID.randomUUID()
                        + "\",\"incidentId\":\"" + UUID.randomUUID() + "\"}"))
                .isInstanceOf(UnprocessableRecord.class)
                .hasMessageContaining("toPersonId");
    }
}
