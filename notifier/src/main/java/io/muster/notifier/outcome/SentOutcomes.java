package io.muster.notifier.outcome;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Outcome events of one request, sent but not yet acknowledged: the batch listener awaits them all
 * once per poll (instead of one broker round trip per event) before it lets the offsets be committed.
 */
public final class SentOutcomes {

    private record Sent(String notificationId, CompletableFuture<?> ack) {}

    private final List<Sent> sent = new ArrayList<>();

    void add(String notificationId, CompletableFuture<?> ack) {
        sent.add(new Sent(notificationId, ack));
    }

    /** @throws RuntimeException (OutcomeNotPublished) when one was not acknowledged by {@code deadlineNanos} */
    public void awaitAcknowledged(long deadlineNanos) {
        for (Sent one : sent) {
            await(one, deadlineNanos);
        }
    }

    static void await(Sent one, long deadlineNanos) {
        try {
            one.ack().get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutcomeNotPublished(one.notificationId(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new OutcomeNotPublished(one.notificationId(), e);
        }
    }

    static void awaitNow(String notificationId, CompletableFuture<?> ack, Duration timeout) {
        await(new Sent(notificationId, ack), System.nanoTime() + timeout.toNanos());
    }
}
