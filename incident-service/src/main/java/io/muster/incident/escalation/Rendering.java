package io.muster.incident.escalation;

import io.muster.incident.outbox.OutboxMessage;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

/**
 * Turns a batch's queued outbox entries into rows, rendering the JSON of those that are not
 * deferred to the relay. A large batch (an all-clear, a big engine tick) is rendered on the common
 * fork-join pool, in parallel and while the writer copies the batch's other rows.
 */
final class Rendering {

    /** An outbox row: a payload, or the cohort whose first requests the relay renders (after {@code cursor}). */
    record Row(String topic, String key, @Nullable String payload, @Nullable UUID cohort, @Nullable UUID cursor) {}

    private static final int PARALLEL_FROM = 1000;

    private final CompletableFuture<List<Row>> rows;

    private Rendering(CompletableFuture<List<Row>> rows) {
        this.rows = rows;
    }

    static Rendering start(List<Batch.Queued> queued) {
        long rendered = queued.stream().filter(Batch.Rendered.class::isInstance).count();
        if (rendered < PARALLEL_FROM) {
            return new Rendering(CompletableFuture.completedFuture(
                    queued.stream().map(Rendering::row).toList()));
        }
        List<Batch.Queued> snapshot = List.copyOf(queued);
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

    private static Row row(Batch.Queued queued) {
        return switch (queued) {
            case Batch.Rendered r -> {
                OutboxMessage message = r.render().get();
                yield new Row(message.topic(), message.key(), message.payload(), null, null);
            }
            case Batch.Deferred d -> new Row(d.topic, d.incidentId.toString(), null, d.cohort, d.before());
        };
    }
}
