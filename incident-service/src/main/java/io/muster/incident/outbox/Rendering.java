package io.muster.incident.outbox;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

/**
 * Turns queued outbox entries into rows, rendering the JSON of those that are not deferred to the
 * relay. Many rows (an all-clear, a big engine tick) are rendered on the common fork-join pool, in
 * parallel and while the caller writes the other rows of its transaction.
 */
final class Rendering {

    /** An outbox row: a payload, or the cohort whose first requests the relay renders (after {@code cursor}). */
    record Row(String topic, String key, @Nullable String payload, @Nullable UUID cohort, @Nullable UUID cursor) {

        static Row of(OutboxMessage message) {
            return new Row(message.topic(), message.key(), message.payload(), null, null);
        }
    }

    private static final int PARALLEL_FROM = 1000;

    private final CompletableFuture<List<Row>> rows;

    private Rendering(CompletableFuture<List<Row>> rows) {
        this.rows = rows;
    }

    static Rendering start(List<OutboxRows.Entry> queued) {
        long rendered =
                queued.stream().filter(OutboxRows.Rendered.class::isInstance).count();
        if (rendered < PARALLEL_FROM) {
            return new Rendering(CompletableFuture.completedFuture(
                    queued.stream().map(Rendering::row).toList()));
        }
        List<OutboxRows.Entry> snapshot = List.copyOf(queued);
        return new Rendering(CompletableFuture.supplyAsync(
                () -> snapshot.parallelStream().map(Rendering::row).toList()));
    }

    /** The rows in the order they were queued. */
    List<Row> join() {
        try {
            return rows.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static Row row(OutboxRows.Entry queued) {
        return switch (queued) {
            case OutboxRows.Rendered r -> Row.of(r.render().get());
            case OutboxRows.Deferred d -> new Row(d.topic, d.key, null, d.cohort, d.before());
        };
    }
}
