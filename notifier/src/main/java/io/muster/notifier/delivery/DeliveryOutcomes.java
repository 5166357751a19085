package io.muster.notifier.delivery;

import io.muster.notifier.NotifierProperties;
import io.muster.notifier.kafka.TopicsProperties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes outcomes on the deliveries topic and waits for the broker's acknowledgement, so the
 * listener commits its offset only once the outcome is durable.
 */
@Component
class DeliveryOutcomes {

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

    void publish(DeliveryOutcome outcome) {
        String key = outcome.notificationId().toString();
        try {
            kafka.send(topics.deliveries(), key, json.writeValueAsString(outcome))
                    .get(settings.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutcomeNotPublished(key, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new OutcomeNotPublished(key, e);
        }
    }
}
