package io.muster.incident.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PendingRowsTests {

    private static final UUID COHORT = UUID.randomUUID();

    // Members' notification ids in ascending (unsigned) order.
    private final List<UUID> members =
            List.of(new UUID(1, 1), new UUID(1, 2), new UUID(1, 3), new UUID(1, 4), new UUID(1, 5));

    private final DeferredPayloads payloads = new DeferredPayloads() {
        @Override
        public Map<UUID, String> render(Collection<UUID> notificationIds) {
            return Map.of();
        }

        @Override
        public List<Member> cohort(UUID cohort, UUID after, int limit) {
            return members.stream()
                    .filter(id -> cohort.equals(COHORT) && id.compareTo(after) > 0)
                    .limit(limit)
                    .map(id -> new Member(
                            id, "key-" + id.getLeastSignificantBits(), "{\"n\":" + id.getLeastSignificantBits() + "}"))
                    .toList();
        }
    };

    private final PendingRows rows = new PendingRows(null, payloads, new CohortChunks(payloads));

    @Test
    void aCohortIsRelayedChunkByChunkFromItsCursorAndPublishedWithItsLastChunk() {
        List<String> sent = new ArrayList<>();
        PendingRows.PendingRow cohort = cohortRow(new UUID(1, 0));
        PendingRows.Relay first = rows.relay(List.of(plain(1), cohort, plain(3)), 2);

        assertThat(first.messages())
                .extracting(OutboxMessage::payload)
                .containsExactly("one", "{\"n\":1}", "{\"n\":2}");
        assertThat(first.done()).extracting(PendingRows.PendingRow::id).containsExactly(1L);
        assertThat(first.cohort()).isEqualTo(cohort);
        assertThat(first.cursor()).isEqualTo(new UUID(1, 2));
        assertThat(first.more()).isTrue();

        PendingRows.Relay second = rows.relay(List.of(cohortRow(first.cursor()), plain(3)), 2);
        PendingRows.Relay third = rows.relay(List.of(cohortRow(second.cursor()), plain(3)), 2);
        second.messages().forEach(m -> sent.add(m.payload()));
        third.messages().forEach(m -> sent.add(m.payload()));

        assertThat(sent).containsExactly("{\"n\":3}", "{\"n\":4}", "{\"n\":5}");
        assertThat(second.done()).isEmpty();
        assertThat(third.done()).extracting(PendingRows.PendingRow::id).containsExactly(2L);
        assertThat(third.cohort()).isNull();
        assertThat(third.messages()).allMatch(m -> m.topic().equals("lane"));
    }

    @Test
    void rowsWithoutACohortAreAllRelayedAndMoreIsExpectedOnlyWhenTheClaimWasFull() {
        PendingRows.Relay full = rows.relay(List.of(plain(1), plain(2)), 2);
        PendingRows.Relay partial = rows.relay(List.of(plain(1)), 2);

        assertThat(full.done()).hasSize(2);
        assertThat(full.more()).isTrue();
        assertThat(partial.more()).isFalse();
    }

    private static PendingRows.PendingRow plain(long id) {
        return new PendingRows.PendingRow(id, "topic", "k" + id, id == 1 ? "one" : "other", null, null, null, null);
    }

    private static PendingRows.PendingRow cohortRow(UUID cursor) {
        return new PendingRows.PendingRow(2, "lane", "incident", null, null, COHORT, cursor, null);
    }
}
