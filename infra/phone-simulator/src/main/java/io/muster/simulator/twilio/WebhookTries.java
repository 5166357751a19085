package io.muster.simulator.twilio;

import io.muster.simulator.WebhookFailure;
import io.muster.simulator.WebhookResult;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;

/**
 * The tries of one webhook: each within the read timeout and what is left of the total time, again after a
 * failure the retry policy names while retries and time are left. A semaphore bounds the requests in flight
 * (not the pauses), so a burst cannot open thousands of connections.
 */
final class WebhookTries {

    // Twilio does not document the spacing of its retries; doubling from one second keeps them inside tt.
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);

    private final Executor executor;
    private final Map<Duration, HttpClient> clients = new ConcurrentHashMap<>();
    private final Semaphore inFlight = new Semaphore(128);
    private final LongAdder retried = new LongAdder();

    WebhookTries(Executor executor) {
        this.executor = executor;
    }

    /** What the last try got: an answer that counts as taken ({@code failure} null), or why not. */
    record Outcome(WebhookResult answer, WebhookFailure failure, IOException error, int attempts) {

        boolean taken() {
            return failure == null;
        }
    }

    Outcome send(HttpRequest.Builder request, ConnectionOverrides overrides) {
        long deadline = System.nanoTime() + overrides.totalTime().toNanos();
        for (int attempt = 1; ; attempt++) {
            Try result = once(
                    request.timeout(atMost(overrides.readTimeout(), deadline)).build(), overrides, deadline);
            Duration pause = FIRST_RETRY.multipliedBy(1L << Math.min(attempt - 1, 10));
            boolean again = result.failure() != null
                    && attempt <= overrides.retryCount()
                    && overrides.retries(result.failure())
                    && System.nanoTime() + pause.toNanos() < deadline;
            if (!again) {
                return new Outcome(result.answer(), result.failure(), result.error(), attempt);
            }
            retried.increment();
            pause(pause);
        }
    }

    long retriedCount() {
        return retried.sum();
    }

    void resetCount() {
        retried.reset();
    }

    private Try once(HttpRequest request, ConnectionOverrides overrides, long deadline) {
        HttpClient client = clients.computeIfAbsent(atMost(overrides.connectTimeout(), deadline), this::client);
        try {
            inFlight.acquire();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                return Try.answered(new WebhookResult(response.statusCode(), response.body()));
            } finally {
                inFlight.release();
            }
        } catch (ConnectException | HttpConnectTimeoutException e) {
            return new Try(null, WebhookFailure.CONNECT, e);
        } catch (IOException e) {
            return new Try(null, WebhookFailure.READ, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("interrupted while sending a webhook"));
        }
    }

    private HttpClient client(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .executor(executor)
                .build();
    }

    /** {@code limit}, or what is left until {@code deadline} if that is less (at least a millisecond). */
    private static Duration atMost(Duration limit, long deadline) {
        Duration left = Duration.ofMillis(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        return left.compareTo(limit) < 0 ? left : limit;
    }

    // The provider's pause between two tries of one webhook (callers run on virtual threads).
    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new InterruptedIOException("interrupted between webhook tries"));
        }
    }

    /** One try: the application's answer or the error; {@code failure} is set when it does not count as taken. */
    private record Try(WebhookResult answer, WebhookFailure failure, IOException error) {

        static Try answered(WebhookResult answer) {
            WebhookFailure failure = answer.status() >= 500
                    ? WebhookFailure.STATUS_5XX
                    : answer.status() >= 400 ? WebhookFailure.STATUS_4XX : null;
            return new Try(answer, failure, null);
        }
    }
}
