package io.muster.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class TestServersIntegrationTests {

    private final TestServers servers = TestServers.shared();

    @Test
    void postgresAnswersQueries() throws Exception {
        PostgresCoordinates pg = servers.postgres();
        try (Connection connection = DriverManager.getConnection(pg.jdbcUrl(), pg.username(), pg.password());
                ResultSet rs = connection.createStatement().executeQuery("select version()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("PostgreSQL");
        }
    }

    @Test
    void kafkaDeliversWhatWasProduced() throws Exception {
        String topic = "testkit-" + UUID.randomUUID();
        String value = "hello " + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(topic, "k", value)).get();
        }
        try (TopicProbe probe = TopicProbe.on(servers.kafkaBootstrapServers(), topic)) {
            assertThat(probe.awaitRecord(r -> r.value().equals(value), Duration.ofSeconds(20))
                            .key())
                    .isEqualTo("k");
        }
    }

    @Test
    void smtpMailArrivesInTheImapMailbox() throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(servers.greenMail().getSmtp().getPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        String to = "probe-" + UUID.randomUUID() + "@example.test";
        message.setFrom(new InternetAddress("muster@example.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject("probe");
        message.setText("body");
        Transport.send(message);

        assertThat(servers.greenMail().waitForIncomingEmail(5_000, 1)).isTrue();
        assertThat(servers.greenMail().getReceivedMessagesForDomain(to)).hasSize(1);
    }
}
