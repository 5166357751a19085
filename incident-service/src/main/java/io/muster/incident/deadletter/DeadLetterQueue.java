package io.muster.incident.deadletter;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Lists what sits in the dead-letter topics and sends a record back to the topic it came from, with
 * its key, value and headers (minus the dead-letter ones), once the cause is fixed. Re-driving a
 * record twice sends it twice: every consumer is idempotent by eventId, so the effect is once.
 */
@Service
class DeadLetterQueue {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterQueue.class);
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);

    private final DeadLetterTopics topics;
    private final DeadLetterRecords records;
    private final Redrives redrives;
    private final KafkaTemplate<String, String> kafka;

    DeadLetterQueue(
            DeadLetterTopics topics,
            DeadLetterRecords records,
            Redrives redrives,
            KafkaTemplate<String, String> kafka) {
        this.topics = topics;
        this.records = records;
        this.redrives = redrives;
        this.kafka = kafka;
    }

    /** Record counts of every dead-letter topic. */
    Mono<Map<String, Long>> counts() {
        return blocking(() -> {
            Map<String, Long> counts = new java.util.LinkedHashMap<>();
            topics.names().forEach(topic -> counts.put(topic, topics.records(topic)));
            return counts;
        });
    }

    /** The newest records of every dead-letter topic (at most {@code perPartition} of each partition), newest first. */
    Mono<List<DeadLetter>> newest(int perPartition) {
        return blocking(() -> records.newest(topics.names(), perPartition))
                .zipWith(redrives.all())
                .map(found -> found.getT1().stream()
                        .map(record -> records.describe(record, redrivenAt(found.getT2(), record)))
                        .sorted(Comparator.comparing(DeadLetter::deadLetteredAt).reversed())
                        .toList());
    }

    /** Sends the record at that place back to its original topic, records the re-drive and describes it. */
    Mono<DeadLetter> redrive(Redrives.Place place, String by) {
        if (!DeadLetterTopics.isDeadLetterTopic(place.topic())) {
            return Mono.error(new DeadLetterNotFound(place));
        }
        return blocking(() -> records.at(place.topic(), place.partition(), place.offset()))
                .flatMap(found -> found.map(Mono::just).orElseGet(() -> Mono.error(new DeadLetterNotFound(place))))
                .flatMap(record -> blocking(() -> sendBack(record))
                        .then(redrives.record(place, DeadLetterRecords.originalTopic(record), by))
                        .then(redrives.all())
                        .map(done -> records.describe(record, redrivenAt(done, record))));
    }

    private String sendBack(ConsumerRecord<String, String> record) throws Exception {
        String to = DeadLetterRecords.originalTopic(record);
        ProducerRecord<String, String> again = new ProducerRecord<>(to, null, record.key(), record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith("kafka_dlt-")) {
                again.headers().add(header);
            }
        }
        kafka.send(again).get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        log.info("{}-{}@{} re-driven to {}", record.topic(), record.partition(), record.offset(), to);
        return to;
    }

    private static List<Instant> redrivenAt(Map<Redrives.Place, List<Instant>> done, ConsumerRecord<?, ?> record) {
        return done.getOrDefault(new Redrives.Place(record.topic(), record.partition(), record.offset()), List.of());
    }

    private static <T> Mono<T> blocking(java.util.concurrent.Callable<T> work) {
        return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
    }
}
