package io.muster.incident.deadletter;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/** The cluster's dead-letter topics (every service's) and how many records each holds. Blocking. */
@Component
class DeadLetterTopics implements DisposableBean {

    static final String SUFFIX = ".DLT";
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

    private final Admin admin;

    DeadLetterTopics(KafkaAdmin kafka) {
        this.admin = Admin.create(kafka.getConfigurationProperties());
    }

    static boolean isDeadLetterTopic(String topic) {
        return topic.endsWith(SUFFIX) && topic.length() > SUFFIX.length();
    }

    List<String> names() {
        return get(admin.listTopics().names()).stream()
                .filter(DeadLetterTopics::isDeadLetterTopic)
                .sorted()
                .toList();
    }

    List<TopicPartition> partitions(String topic) {
        TopicDescription description =
                get(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic);
        return description.partitions().stream()
                .map(partition -> new TopicPartition(topic, partition.partition()))
                .toList();
    }

    /** Records a topic holds: the sum over its partitions of latest minus earliest offset. */
    long records(String topic) {
        List<TopicPartition> partitions = partitions(topic);
        Map<TopicPartition, Long> earliest = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> latest = offsets(partitions, OffsetSpec.latest());
        return partitions.stream()
                .mapToLong(partition -> latest.get(partition) - earliest.get(partition))
                .sum();
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec) {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        get(admin.listOffsets(request).all()).forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    private static <T> T get(KafkaFuture<T> future) {
        try {
            return future.get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Kafka", e);
        } catch (Exception e) {
            throw new TimeoutException("Kafka did not answer within " + ANSWER_WITHIN, e);
        }
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(1));
    }
}
