package io.muster.incident.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads dead-lettered records straight from their partitions (assigned, never in a consumer group,
 * nothing committed), so listing them changes nothing. Blocking.
 */
@Component
class DeadLetterRecords {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final int MAX_EMPTY_POLLS = 10;

    private final ConsumerFactory<String, String> consumers;
    private final DeadLetterTopics topics;
    private final JsonMapper json;

    DeadLetterRecords(ConsumerFactory<String, String> consumers, DeadLetterTopics topics, JsonMapper json) {
        this.consumers = consumers;
        this.topics = topics;
        this.json = json;
    }

    /** The newest {@code perPartition} records of each partition of these topics, read by one consumer. */
    List<ConsumerRecord<String, String>> newest(List<String> names, int perPartition) {
        if (names.isEmpty()) {
            return List.of();
        }
        try (Consumer<String, String> consumer = open()) {
            List<TopicPartition> partitions = names.stream()
                    .flatMap(topic -> topics.partitions(topic).stream())
                    .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions);
            partitions.forEach(partition ->
                    consumer.seek(partition, Math.max(starts.get(partition), ends.get(partition) - perPartition)));
            return readUntil(consumer, ends);
        }
    }

    /** The record at {@code offset}, if the partition still holds it. */
    Optional<ConsumerRecord<String, String>> at(String topic, int partition, long offset) {
        TopicPartition where = new TopicPartition(topic, partition);
        try (Consumer<String, String> consumer = open()) {
            consumer.assign(List.of(where));
            long end = consumer.endOffsets(List.of(where)).get(where);
            long start = consumer.beginningOffsets(List.of(where)).get(where);
            if (offset < start || offset >= end) {
                return Optional.empty();
            }
            consumer.seek(where, offset);
            return readUntil(consumer, Map.of(where, offset + 1)).stream()
                    .filter(record -> record.offset() == offset)
                    .findFirst();
        }
    }

    DeadLetter describe(ConsumerRecord<String, String> record, List<Instant> redrivenAt) {
        JsonNode event = parse(record.value());
        return new DeadLetter(
                record.topic(),
                record.partition(),
                record.offset(),
                Instant.ofEpochMilli(record.timestamp()),
                originalTopic(record),
                reason(header(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE)),
                simpleName(cause(record)),
                record.key(),
                text(event, "type"),
                text(event, "eventId"),
                text(event, "notificationId"),
                text(event, "incidentId"),
                redrivenAt);
    }

    static String originalTopic(ConsumerRecord<String, String> record) {
        String named = header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC);
        return named != null
                ? named
                : record.topic().substring(0, record.topic().length() - DeadLetterTopics.SUFFIX.length());
    }

    private List<ConsumerRecord<String, String>> readUntil(
            Consumer<String, String> consumer, Map<TopicPartition, Long> ends) {
        List<ConsumerRecord<String, String>> read = new ArrayList<>();
        int emptyPolls = 0;
        while (!reached(consumer, ends) && emptyPolls < MAX_EMPTY_POLLS) {
            var polled = consumer.poll(POLL);
            emptyPolls = polled.isEmpty() ? emptyPolls + 1 : 0;
            polled.forEach(read::add);
        }
        return read;
    }

    private static boolean reached(Consumer<String, String> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private Consumer<String, String> open() {
        return consumers.createConsumer(null, "dead-letters", null, null);
    }

    private @Nullable JsonNode parse(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            JsonNode tree = json.readTree(value);
            return tree.isObject() ? tree : null;
        } catch (JacksonException undecodable) {
            return null;
        }
    }

    private static @Nullable String text(@Nullable JsonNode event, String field) {
        return event != null && event.path(field).isString() ? event.get(field).asString() : null;
    }

    static @Nullable String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Without Spring Kafka's "Listener method '...' threw exception; " in front of the consumer's own reason. */
    private static @Nullable String reason(@Nullable String message) {
        String wrapped = "threw exception; ";
        return message != null && message.startsWith("Listener method") && message.contains(wrapped)
                ? message.substring(message.indexOf(wrapped) + wrapped.length())
                : message;
    }

    /** The exception's own cause when Spring Kafka wrapped it (ListenerExecutionFailedException), else it. */
    private static @Nullable String cause(ConsumerRecord<String, String> record) {
        String cause = header(record, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN);
        return cause != null ? cause : header(record, KafkaHeaders.DLT_EXCEPTION_FQCN);
    }

    private static @Nullable String simpleName(@Nullable String className) {
        return className == null ? null : className.substring(className.lastIndexOf('.') + 1);
    }
}
