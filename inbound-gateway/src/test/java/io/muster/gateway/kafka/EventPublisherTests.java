package io.muster.gateway.kafka;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

class EventPublisherTests {

    /** A producer whose broker never answers: nothing listens on port 1. */
    private final DefaultKafkaProducerFactory<String, String> unreachable = new DefaultKafkaProducerFactory<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            "127.0.0.1:1",
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
            StringSerializer.class,
            ProducerConfig.MAX_BLOCK_MS_CONFIG,
            500));

    @AfterEach
    void closeProducer() {
        unreachable.destroy();
    }

    @Test
    void failsWithEventBusUnavailableWhenTheBrokerDoesNotAcknowledge() {
        var publisher = new EventPublisher(
                new KafkaTemplate<>(unreachable), JsonMapper.builder().build());

        StepVerifier.create(publisher.publish("muster.reply.v1", "key", Map.of("type", "ReplyReceived")))
                .expectError(EventBusUnavailableException.class)
                .verify(Duration.ofSeconds(15));
    }
}
