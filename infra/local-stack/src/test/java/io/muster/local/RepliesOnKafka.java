package io.muster.local;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads ReplyReceived from the replies topic while the load runs and notes each one's Kafka
 * timestamp by its provider reference (the webhook's MessageSid): it splits webhook → visible
 * into the gateway's half (to Kafka) and the incident-service's (from Kafka to the answer row).
 */
final class RepliesOnKafka implements AutoCloseable {

    private static final String TOPIC = "muster.reply.v1";
    private static final String REFERENCE = "\"providerReference\":\"";

    private final Map<String, Long> timestamps = new ConcurrentHashMap<>();
    private final KafkaConsumer<String, String> consumer;
    private final Thread reader;
    private volatile boolean open = true;

    RepliesOnKafka(StackSettings settings) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "reply-end-to-end-benchmark-" + System.nanoTime());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(TOPIC));
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (consumer.assignment().isEmpty() && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(100)); // joins the group: replies sent from now on are read
        }
        reader = Thread.ofPlatform().name("reply-topic-reader").start(this::read);
    }

    /** The Kafka timestamp (epoch ms) of the ReplyReceived for this MessageSid, or 0 if not read (yet). */
    long timestamp(String messageSid) {
        return timestamps.getOrDefault(messageSid, 0L);
    }

    private void read() {
        while (open) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                int at = record.value().indexOf(REFERENCE);
                if (at >= 0) {
                    int from = at + REFERENCE.length();
                    timestamps.putIfAbsent(
                            record.value().substring(from, record.value().indexOf('"', from)), record.timestamp());
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        open = false;
        reader.join();
        consumer.close();
    }
}
