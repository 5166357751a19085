package io.muster.notifier.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * Turns single-row writes from many delivery threads into one statement per batch: whatever is
 * queued while a writer runs a statement goes into its next one. A caller returns only once the
 * statement that carried its row has committed (or failed), so "durable before the provider call"
 * still holds for every row; under load a poll's rows share a round trip and a commit.
 *
 * @param <I> one row to write
 * @param <O> what the caller gets back for it
 */
final class GroupCommit<I, O> implements AutoCloseable {

    private record Waiting<I, O>(I row, CompletableFuture<O> result) {}

    private final BlockingQueue<Waiting<I, O>> queue = new LinkedBlockingQueue<>();
    private final Function<List<I>, List<O>> statement;
    private final int maxRows;
    private final List<Thread> writers = new ArrayList<>();

    /** {@code statement} writes rows in one go and answers for each, in the same order. */
    GroupCommit(String name, int writers, int maxRows, Function<List<I>, List<O>> statement) {
        this.statement = statement;
        this.maxRows = maxRows;
        for (int i = 0; i < writers; i++) {
            this.writers.add(Thread.ofVirtual().name(name + "-" + i).start(this::write));
        }
    }

    /** Writes {@code row} with whatever else is queued; rethrows the statement's failure. */
    O submit(I row) {
        Waiting<I, O> waiting = new Waiting<>(row, new CompletableFuture<>());
        queue.add(waiting);
        try {
            return waiting.result().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the ledger", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure
                    ? failure
                    : new IllegalStateException("ledger write failed", e.getCause());
        }
    }

    /** Rows waiting for a writer. */
    int queued() {
        return queue.size();
    }

    private void write() {
        List<Waiting<I, O>> batch = new ArrayList<>();
        try {
            while (true) {
                batch.add(queue.take());
                queue.drainTo(batch, maxRows - 1);
                complete(batch);
                batch.clear();
            }
        } catch (InterruptedException closed) {
            batch.forEach(waiting -> waiting.result().completeExceptionally(closed));
        }
    }

    private void complete(List<Waiting<I, O>> batch) {
        try {
            List<O> results = statement.apply(batch.stream().map(Waiting::row).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).result().complete(results.get(i));
            }
        } catch (RuntimeException | Error failure) {
            // An Error too: a writer that died would leave every later caller of its queue waiting forever.
            batch.forEach(waiting -> waiting.result().completeExceptionally(failure));
        }
    }

    @Override
    public void close() {
        writers.forEach(Thread::interrupt);
    }
}
