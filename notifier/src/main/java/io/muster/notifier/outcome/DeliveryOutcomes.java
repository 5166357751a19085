package io.muster.notifier.outcome;

import io.micrometer.core.instrument.MeterRegistry;
import io.muster.notifier.NotifierProperties;
import io.muster.notifier.kafka.TopicsProperties;
import java.util.concurrent.CompletableFuture;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes outcomes on the deliveries topic and waits for the broker's acknowledgement, so the
 * listener commits its offset only once the outcome is durable: at once, or (batch listener) once
 * per poll for all the poll's outcomes.
 */
@Component
public class DeliveryOutcomes {

    /** Outcomes published by the current thread while it runs {@link #sendingOnly}; else none. */
    private static final ThreadLocal<SentOutcomes> collecting = new ThreadLocal<>();

    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    private final TopicsProperties topics;
    private final NotifierProperties settings;
    private final MeterRegistry meters;

    DeliveryOutcomes(
            KafkaTemplate<String, String> kafka,
            JsonMapper json,
            TopicsProperties topics,
            NotifierProperties settings,
            MeterRegistry meters) {
        this.kafka = kafka;
        this.json = json;
        this.topics = topics;
        this.settings = settings;
        this.meters = meters;
    }

    /** Sends the outcome; awaits the broker's ack unless inside {@link #sendingOnly}, which returns it. */
    public void publish(DeliveryOutcome outcome) {
        String key = outcome.notificationId().toString();
        CompletableFuture<?> ack = kafka.send(topics.deliveries(), key, json.writeValueAsString(outcome));
        count(outcome);
        SentOutcomes collector = collecting.get();
        if (collector != null) {
            collector.add(key, ack);
        } else {
            SentOutcomes.awaitNow(key, ack, settings.publishTimeout());
        }
    }

    /**
     * Outcomes published per channel and provider. A re-published outcome (after a crash or a
     * reconciliation) counts again: the figure is of events sent, consumers deduplicate them.
     */
    private void count(DeliveryOutcome outcome) {
        switch (outcome) {
            case NotificationSent sent ->
                meters.counter("muster.notifications.sent", "channel", sent.channel(), "provider", sent.provider())
                        .increment();
            case NotificationFailed failed ->
                meters.counter(
                                "muster.notifications.failed",
                                "channel",
                                failed.channel(),
                                "provider",
                                failed.provider() == null ? "none" : failed.provider(),
                                "permanent",
                                String.valueOf(failed.permanent()))
                        .increment();
        }
    }

    /** Runs {@code work} on this thread; what it publishes is only sent, to be awaited by the caller. */
    public SentOutcomes sendingOnly(Runnable work) {
        SentOutcomes sent = new SentOutcomes();
        collecting.set(sent);
        try {
            work.run();
            return sent;
        } finally {
            collecting.remove();
        }
    }
}
