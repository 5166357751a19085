package io.muster.incident.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PollerTests {

    private static final Duration NEVER = Duration.ofHours(1);

    @Test
    void aWakeUpRunsARoundAtOnceInsteadOfAtTheNextIntervalAlsoAfterARestart() {
        AtomicInteger rounds = new AtomicInteger();
        Poller poller = new Poller("test-poller", true, NEVER, "nothing") {
            @Override
            protected boolean pollOnce() {
                rounds.incrementAndGet();
                return false;
            }
        };
        poller.start();
        try {
            poller.wake();
            await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() == 1);
            poller.stop();
            poller.wake(); // stopped: nothing runs, and the next start is not blocked by it
            poller.start();
            poller.wake();
            await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() == 2);
        } finally {
            poller.stop();
        }
    }

    @Test
    void stoppingLetsTheRoundInFlightFinishWithinItsGrace() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        Poller poller = new Poller("test-poller", true, NEVER, "nothing") {
            @Override
            protected boolean pollOnce() {
                started.countDown();
                try {
                    release.await();
                    finished.set(true);
                } catch (InterruptedException e) {
                    interrupted.set(true);
                }
                return false;
            }

            @Override
            protected Duration stopGrace() {
                return Duration.ofSeconds(10);
            }
        };
        poller.start();
        poller.wake();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(poller::stop);
        await().atMost(Duration.ofSeconds(5)).until(() -> !poller.isRunning()); // stop() has begun
        release.countDown();
        stopping.get(10, TimeUnit.SECONDS);

        assertThat(finished).isTrue();
        assertThat(interrupted).isFalse();
    }
}
