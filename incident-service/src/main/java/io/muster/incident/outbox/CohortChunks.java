package io.muster.incident.outbox;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * A cohort's first requests, chunk by chunk; once a chunk is rendered, the next is rendered ahead
 * while the relay sends this one and waits for its acks. The chunk ahead is used only when the
 * relay next claims the same cohort at the same cursor (else, e.g. after a failed batch or when
 * another instance took the row, it is dropped and the chunk rendered again): what is sent never
 * depends on it.
 */
@Component
class CohortChunks {

    private record Ahead(UUID cohort, UUID after, CompletableFuture<List<DeferredPayloads.Member>> chunk) {}

    private static final ExecutorService AHEAD = Executors.newVirtualThreadPerTaskExecutor();

    private final DeferredPayloads deferred;
    private final AtomicReference<Ahead> ahead = new AtomicReference<>();

    CohortChunks(DeferredPayloads deferred) {
        this.deferred = deferred;
    }

    /** Blocking (JDBC): up to {@code limit} members after {@code after}, in notification id order. */
    List<DeferredPayloads.Member> chunk(UUID cohort, UUID after, int limit) {
        Ahead next = ahead.getAndSet(null);
        List<DeferredPayloads.Member> chunk =
                next != null && next.cohort().equals(cohort) && next.after().equals(after)
                        ? next.chunk().join()
                        : deferred.cohort(cohort, after, limit);
        if (chunk.size() == limit) {
            UUID last = chunk.getLast().notificationId();
            ahead.set(new Ahead(
                    cohort, last, CompletableFuture.supplyAsync(() -> deferred.cohort(cohort, last, limit), AHEAD)));
        }
        return chunk;
    }
}
