package io.muster.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads topics from the beginning in a group of its own, so a test can wait for a record (or
 * show that none came) without sleeping.
 */
public final class TopicProbe implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    private TopicProbe(String bootstrapServers, List<String> topics) {
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class));
        consumer.subscribe(topics);
    }

    public static TopicProbe on(String bootstrapServers, String... topics) {
        return new TopicProbe(bootstrapServers, List.of(topics));
    }

    /** Waits up to {@code timeout} for a record that matches; fails when none comes. */
    public ConsumerRecord<String, String> awaitRecord(
            Predicate<ConsumerRecord<String, String>> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            for (ConsumerRecord<String, String> record : seen) {
                if (matching.test(record)) {
                    return record;
                }
            }
        } while (pollUntil(deadline));
        throw new AssertionError("No matching record within " + timeout + " among " + seen.size() + " seen");
    }

    /** Every matching record that arrives within {@code window}; use it to show that a duplicate never comes. */
    public List<ConsumerRecord<String, String>> recordsWithin(
            Predicate<ConsumerRecord<String, String>> matching, Duration window) {
        long deadline = System.nanoTime() + window.toNanos();
        while (pollUntil(deadline)) {
            // keep reading until the window closes
        }
        return seen.stream().filter(matching).toList();
    }

    private boolean pollUntil(long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        consumer.poll(Duration.ofNanos(Math.min(left, Duration.ofMillis(200).toNanos())))
                .forEach(seen::add);
        return true;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
