package io.muster.notifier.request;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;
import org.springframework.stereotype.Component;

/**
 * One span per request delivered, a child of the trace its record carries (the {@code traceparent}
 * header the incident-service's relay restored from the declaration): the provider calls and the
 * outcome events sent while it is open belong to the declaration's trace. The listener's own
 * observation cannot do it: a poll is one batch, delivered concurrently.
 */
@Component
class DeliverySpans {

    static final String NAME = "muster.notification.delivery";

    private final ObservationRegistry registry;

    DeliverySpans(ObservationRegistry registry) {
        this.registry = registry;
    }

    <T> T around(ConsumerRecord<String, String> record, Supplier<T> delivery) {
        return Observation.createNotStarted(
                        NAME, () -> new KafkaRecordReceiverContext(record, "notifier", () -> null), registry)
                .lowCardinalityKeyValue("topic", record.topic())
                .observe(delivery);
    }
}
