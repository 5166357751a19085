package io.muster.incident.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.muster.contracts.ContractSamples;
import io.muster.kafka.UnprocessableRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class HotlineListenerTests {

    private final HotlineListener listener =
            new HotlineListener(JsonMapper.builder().build(), null);

    @Test
    void readsTheGoldenSample() {
        HotlineMessageRecorded event = listener.decode(ContractSamples.json("HotlineMessageRecorded", 1));

        assertThat(event).isNotNull();
        assertThat(event.recordingSid()).isEqualTo("RE0123456789abcdef0123456789abcdef");
        assertThat(event.durationSeconds()).isEqualTo(12);
        assertThat(event.personId()).isNotNull();
    }

    @Test
    void skipsTheOtherEventsOfTheRepliesTopic() {
        assertThat(listener.decode(ContractSamples.json("ReplyReceived", 1))).isNull();
        assertThat(listener.decode(ContractSamples.json("ContactOptOutChanged", 1)))
                .isNull();
    }

    @Test
    void deadLettersWhatItCannotRead() {
        assertThatThrownBy(() -> listener.decode("not json")).isInstanceOf(UnprocessableRecord.class);
        assertThatThrownBy(() -> listener.decode("")).isInstanceOf(UnprocessableRecord.class);
        assertThatThrownBy(() -> listener.decode("{\"type\":\"HotlineMessageRecorded\",\"eventId\":\"x\"}"))
                .isInstanceOf(UnprocessableRecord.class);
        assertThatThrownBy(() -> listener.decode("{\"type\":\"HotlineMessageRecorded\"}"))
                .isInstanceOf(UnprocessableRecord.class);
    }
}
