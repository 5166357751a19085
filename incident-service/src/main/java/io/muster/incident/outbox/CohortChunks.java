package io.muster.incident.outbox;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A cohort's first requests, chunk by chunk. The relay reads the next chunk ahead, on its
 * connection, while the broker acknowledges the current one; that chunk is used only when the relay
 * next claims the same cohort at the same cursor (else, e.g. after a failed chunk or when another
 * instance took the row, it is dropped and the chunk read again): what is sent never depends on it.
 */
@Component
class CohortChunks {

    private record Ahead(UUID cohort, UUID after, List<DeferredPayloads.Member> chunk) {}

    private final DeferredPayloads deferred;
    // Only the relay's thread reads and writes it; volatile for a relay restarted on a new thread.
    private volatile @Nullable Ahead ahead;

    CohortChunks(DeferredPayloads deferred) {
        this.deferred = deferred;
    }

    /** Blocking (JDBC): up to {@code limit} members after {@code after}, in notification id order. */
    List<DeferredPayloads.Member> chunk(UUID cohort, UUID after, int limit) {
        Ahead next = ahead;
        ahead = null;
        return next != null && next.cohort().equals(cohort) && next.after().equals(after)
                ? next.chunk()
                : deferred.cohort(cohort, after, limit);
    }

    /** Reads the chunk after {@code after} now, for the next {@link #chunk} call. */
    void readAhead(UUID cohort, UUID after, int limit) {
        ahead = new Ahead(cohort, after, deferred.cohort(cohort, after, limit));
    }
}
