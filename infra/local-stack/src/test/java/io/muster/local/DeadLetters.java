package io.muster.local;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The records on every dead-letter topic ({@code <topic>.DLT}) that belong to one incident (every event
 * names its incident), read from the beginning to the end each time, with the reason Spring Kafka's
 * recoverer put in the headers.
 */
final class DeadLetters {

    private static final String REASON = "kafka_dlt-exception-message";
    private static final Duration READ = Duration.ofSeconds(30);

    private final String bootstrap;

    DeadLetters(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** Reasons of the dead letters naming {@code incidentId}, by topic, in the order they were written. */
    Map<String, List<String>> of(String incidentId) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = deadLetterPartitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + READ.toNanos();
            while (!readTo(consumer, end) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() != null && record.value().contains(incidentId)) {
                        found.computeIfAbsent(record.topic(), t -> new ArrayList<>())
                                .add(reason(record));
                    }
                }
            }
        }
        return found;
    }

    private List<TopicPartition> deadLetterPartitions(KafkaConsumer<String, String> consumer) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : admin.listTopics().names().get(10, TimeUnit.SECONDS)) {
                if (topic.endsWith(".DLT")) {
                    consumer.partitionsFor(topic)
                            .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
                }
            }
            return partitions;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while listing topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot list the broker's topics", e);
        }
    }

    private static boolean readTo(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static String reason(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(REASON);
        return header == null ? "(no reason)" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG,
                "fault-suite-dead-letters-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class));
    }
}
