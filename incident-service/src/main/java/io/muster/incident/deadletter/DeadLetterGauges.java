package io.muster.incident.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.muster.incident.kafka.TopicsProperties;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * {@code muster.kafka.dead-letters{topic}}: how many records each of the system's dead-letter topics
 * holds (each service also counts what it dead-letters, {@code muster.kafka.dead-lettered}). Asked
 * of Kafka at most every 30 s, however often the metrics are scraped; -1 while Kafka cannot be asked.
 */
@Component
class DeadLetterGauges implements MeterBinder {

    private static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private record Count(long records, long at) {}

    private final DeadLetterTopics topics;
    private final List<String> deadLetterTopics;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    DeadLetterGauges(DeadLetterTopics topics, TopicsProperties names) {
        this.topics = topics;
        this.deadLetterTopics = List.of(
                        names.incidents(),
                        names.notificationRequests(),
                        names.priorityNotificationRequests(),
                        names.deliveries(),
                        names.replies())
                .stream()
                .map(TopicsProperties::deadLetterTopicOf)
                .toList();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        deadLetterTopics.forEach(topic -> Gauge.builder("muster.kafka.dead-letters", () -> records(topic))
                .tag("topic", topic)
                .description("Records in the dead-letter topic")
                .register(registry));
    }

    private long records(String topic) {
        Count known = counts.get(topic);
        if (known != null && System.nanoTime() - known.at() < FRESH_FOR.toNanos()) {
            return known.records();
        }
        long records;
        try {
            records = topics.records(topic);
        } catch (RuntimeException unknownOrUnreachable) {
            records = -1;
        }
        counts.put(topic, new Count(records, System.nanoTime()));
        return records;
    }
}
