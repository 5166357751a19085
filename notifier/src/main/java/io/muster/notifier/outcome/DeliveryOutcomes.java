package io.muster.notifier.outcome;

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

    DeliveryOutcomes(
            KafkaTemplate<String, String> kafka,
            JsonMapper json,
            TopicsProperties topics,
            NotifierProperties settings) {
        this.kafka = kafka;
        this.json = json;
        this.topics = topics;
        this.settings = settings;
    }

    /** Sends the outcome; awaits the broker's ack unless inside {@link #sendingOnly}, which returns it. */
    public void publish(DeliveryOutcome outcome) {
        String key = outcome.notificationId().toString();
        CompletableFuture<?> ack = kafka.send(topics.deliveries(), key, json.writeValueAsString(outcome));
        SentOutcomes collector = collecting.get();
        if (collector != null) {
            collector.add(key, ack);
        } else {
            SentOutcomes.awaitNow(key, ack, settings.publishTimeout());
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
