package io.muster.incident.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.muster.contracts.ContractSamples;
import io.muster.kafka.UnprocessableRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class HotlineMessageReaderTests {

    private final JsonMapper json = JsonMapper.builder().build();
    private final HotlineMessageReader reader = new HotlineMessageReader(null);

    @Test
    void readsTheGoldenSampleIntoItsEvent() {
        assertThat(reader.type()).isEqualTo("HotlineMessageRecorded");
        HotlineMessageRecorded event =
                json.readValue(ContractSamples.json("HotlineMessageRecorded", 1), reader.eventClass());

        assertThat(event.recordingSid()).isEqualTo("RE0123456789abcdef0123456789abcdef");
        assertThat(event.durationSeconds()).isEqualTo(12);
        assertThat(event.personId()).isNotNull();
    }

    @Test
    void deadLettersAMessageItCanNeverStore() {
        for (String field : new String[] {"eventId", "incidentId", "recordingUrl"}) {
            ObjectNode sample = (ObjectNode) json.readTree(ContractSamples.json("HotlineMessageRecorded", 1));
            sample.remove(field);
            HotlineMessageRecorded without = json.treeToValue(sample, reader.eventClass());

            assertThatThrownBy(() -> reader.handle(without))
                    .isInstanceOf(UnprocessableRecord.class)
                    .hasMessageContaining(field);
        }
    }
}
