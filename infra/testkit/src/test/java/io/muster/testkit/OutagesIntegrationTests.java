package io.muster.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutagesIntegrationTests {

    private final TestServers servers = TestServers.shared();

    @BeforeEach
    void embeddedServersOnly() {
        assumeTrue(servers.outagesPossible(), "outages need the embedded servers");
    }

    @Test
    void postgresRefusesConnectionsDuringAnOutageAndKeepsItsDataAfterIt() throws Exception {
        String table = "outage_" + UUID.randomUUID().toString().replace("-", "");
        execute("create table " + table + " (id int)");
        execute("insert into " + table + " values (7)");

        try (Outage outage = servers.postgresOutage()) {
            assertThatThrownBy(() -> execute("select 1")).isInstanceOf(SQLException.class);
            assertThat(outage.end()).isPositive();
        }

        try (Connection connection = connect();
                ResultSet rs = connection.createStatement().executeQuery("select id from " + table)) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(7);
        }
    }

    @Test
    void kafkaIsUnreachableDuringAnOutageAndKeepsItsRecordsAfterIt() throws Exception {
        String topic = "outage-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, "k", "before")).get();
            try (Outage outage = servers.kafkaOutage()) {
                assertThatThrownBy(() -> producer.send(new ProducerRecord<>(topic, "k", "during"))
                                .get(3, TimeUnit.SECONDS))
                        .isInstanceOfAny(ExecutionException.class, java.util.concurrent.TimeoutException.class);
            }
            producer.send(new ProducerRecord<>(topic, "k", "after")).get(30, TimeUnit.SECONDS);
        }
        try (TopicProbe probe = TopicProbe.on(servers.kafkaBootstrapServers(), topic)) {
            probe.awaitRecord(r -> r.value().equals("after"), Duration.ofSeconds(30));
            assertThat(probe.recordsWithin(r -> r.value().equals("before"), Duration.ZERO))
                    .hasSize(1);
        }
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                servers.kafkaBootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG,
                2000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class));
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = connect()) {
            connection.createStatement().execute(sql);
        }
    }

    private Connection connect() throws SQLException {
        PostgresCoordinates pg = servers.postgres();
        return DriverManager.getConnection(pg.jdbcUrl(), pg.username(), pg.password());
    }
}
