package io.muster.incident.recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.muster.kafka.UnprocessableRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class OtherReadersTests {

    record Knock(String type, UUID eventId, int times) {}

    static final class KnockReader implements RepliesTopicReader<Knock> {
        final List<Knock> handled = new ArrayList<>();

        @Override
        public String type() {
            return "Knock";
        }

        @Override
        public Class<Knock> eventClass() {
            return Knock.class;
        }

        @Override
        public void handle(Knock event) {
            handled.add(event);
        }
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final ConsumedEvents events = new ConsumedEvents(json);
    private final KnockReader knocks = new KnockReader();
    private final OtherReaders readers = new OtherReaders(json, List.of(knocks));

    @Test
    void handsAnEventToTheFeatureThatReadsItsTypeDecoded() {
        UUID id = UUID.randomUUID();

        boolean read = readers.read(other("{\"type\":\"Knock\",\"eventId\":\"" + id + "\",\"times\":3}"));

        assertThat(read).isTrue();
        assertThat(knocks.handled).containsExactly(new Knock("Knock", id, 3));
    }

    @Test
    void leavesATypeNobodyReads() {
        assertThat(readers.read(other("{\"type\":\"Teleported\"}"))).isFalse();
        assertThat(knocks.handled).isEmpty();
    }

    @Test
    void deadLettersAnEventThatDoesNotFitItsType() {
        assertThatThrownBy(() -> readers.read(other("{\"type\":\"Knock\",\"eventId\":\"not-a-uuid\"}")))
                .isInstanceOf(UnprocessableRecord.class)
                .hasMessageContaining("Knock");
        assertThat(knocks.handled).isEmpty();
    }

    private OtherEvent other(String value) {
        return (OtherEvent) events.decode(value, true);
    }
}
