package io.muster.incident.subscriber;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Polls the subscriber mail queue on a virtual thread of its own; a failing poll is retried next time. */
@Component
class SubscriberMailScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SubscriberMailScheduler.class);

    private final SubscriberMailer mailer;
    private final SubscriberProperties properties;
    private volatile ScheduledExecutorService executor;

    SubscriberMailScheduler(SubscriberMailer mailer, SubscriberProperties properties) {
        this.mailer = mailer;
        this.properties = properties;
    }

    @Override
    public void start() {
        if (!properties.mailerEnabled()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("subscriber-mail").factory());
        long interval = properties.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            while (mailer.drainOnce() == properties.batchSize()) {
                // A full batch means more is due: keep going without waiting for the next poll.
            }
        } catch (RuntimeException e) {
            log.warn("Subscriber mail poll failed; the queue is retried next poll: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        if (running != null) {
            running.shutdownNow();
        }
        executor = null;
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
