package io.muster.incident.subscriber;

import io.muster.incident.scheduling.Poller;
import org.springframework.stereotype.Component;

/** Drains the subscriber mail queue. */
@Component
class SubscriberMailScheduler extends Poller {

    private final SubscriberMailer mailer;
    private final int batchSize;

    SubscriberMailScheduler(SubscriberMailer mailer, SubscriberProperties properties) {
        super(
                "subscriber-mail",
                properties.mailerEnabled(),
                properties.pollInterval(),
                "the queue is retried next round");
        this.mailer = mailer;
        this.batchSize = properties.batchSize();
    }

    @Override
    protected boolean pollOnce() {
        return mailer.drainOnce() == batchSize;
    }
}
