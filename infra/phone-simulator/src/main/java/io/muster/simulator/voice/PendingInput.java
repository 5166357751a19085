package io.muster.simulator.voice;

import io.muster.simulator.WebhookResult;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One wait of a call for input: the value the phone gives, then the application's answer to it. */
final class PendingInput {

    private final CallInputs.Input input;
    private final CompletableFuture<String> value = new CompletableFuture<>();
    private final CompletableFuture<WebhookResult> answer = new CompletableFuture<>();

    PendingInput(CallInputs.Input input) {
        this.input = input;
    }

    CallInputs.Input input() {
        return input;
    }

    /** False when the call stopped waiting already or another input came first. */
    boolean offer(String given) {
        return value.complete(given);
    }

    /** The input, or empty if none came in time (then none is accepted any more). */
    Optional<String> await(Duration timeout) {
        try {
            return Optional.of(value.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException e) {
            value.complete(null);
            return Optional.ofNullable(value.join());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            value.complete(null);
            return Optional.empty();
        }
    }

    void answered(WebhookResult result) {
        answer.complete(result);
    }

    void failed(RuntimeException problem) {
        answer.completeExceptionally(problem);
    }

    WebhookResult answer(Duration timeout) {
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io;
            }
            throw new IllegalStateException("the call failed after the input: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the application did not answer the input in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the application", e);
        }
    }
}
