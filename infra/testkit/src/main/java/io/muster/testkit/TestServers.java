package io.muster.testkit;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real servers of one test JVM, started once on first use and stopped when the JVM exits.
 * Test classes share them, so tests use fresh identifiers instead of expecting empty stores.
 */
public final class TestServers {

    private static TestServers shared;

    private final InfrastructureMode mode;
    private final String kafkaBootstrapServers;
    private final PostgresCoordinates postgres;
    private final GreenMail greenMail;
    private final List<AutoCloseable> running = new ArrayList<>();

    private TestServers(InfrastructureMode mode) {
        this.mode = mode;
        this.kafkaBootstrapServers = startKafka();
        this.postgres = startPostgres();
        this.greenMail = startGreenMail();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "test-servers-stop"));
    }

    /** The servers of this JVM, started on the first call. */
    public static synchronized TestServers shared() {
        if (shared == null) {
            shared = new TestServers(InfrastructureMode.fromEnvironment());
        }
        return shared;
    }

    public InfrastructureMode mode() {
        return mode;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public PostgresCoordinates postgres() {
        return postgres;
    }

    /** A real SMTP and IMAP server; mailboxes are created for any recipient, logins need no password. */
    public GreenMail greenMail() {
        return greenMail;
    }

    /** The Spring Boot properties that point a service at these servers. */
    public Map<String, Object> springProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.kafka.bootstrap-servers", kafkaBootstrapServers);
        properties.put("spring.r2dbc.url", postgres.r2dbcUrl());
        properties.put("spring.r2dbc.username", postgres.username());
        properties.put("spring.r2dbc.password", postgres.password());
        properties.put("spring.datasource.url", postgres.jdbcUrl());
        properties.put("spring.datasource.username", postgres.username());
        properties.put("spring.datasource.password", postgres.password());
        properties.put("spring.flyway.url", postgres.jdbcUrl());
        properties.put("spring.flyway.user", postgres.username());
        properties.put("spring.flyway.password", postgres.password());
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", greenMail.getSmtp().getPort());
        properties.put("muster.test.imap.port", greenMail.getImap().getPort());
        return properties;
    }

    private String startKafka() {
        return switch (mode) {
            case EMBEDDED -> {
                EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 4);
                // No initial rebalance delay: each test context's consumers join their groups at once.
                broker.brokerProperties(Map.of(
                        "auto.create.topics.enable", "true",
                        "num.partitions", "4",
                        "group.initial.rebalance.delay.ms", "0"));
                broker.afterPropertiesSet();
                running.add(broker::destroy);
                yield broker.getBrokersAsString();
            }
            case CONTAINERS -> {
                KafkaContainer kafka = new KafkaContainer("apache/kafka-native:4.1.0");
                kafka.start();
                running.add(kafka::stop);
                yield kafka.getBootstrapServers();
            }
            case EXTERNAL -> requiredEnv("MUSTER_TEST_KAFKA_BOOTSTRAP");
        };
    }

    private PostgresCoordinates startPostgres() {
        return switch (mode) {
            case EMBEDDED -> {
                try {
                    EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                    running.add(pg::close);
                    yield new PostgresCoordinates("127.0.0.1", pg.getPort(), "postgres", "postgres", "postgres");
                } catch (IOException e) {
                    throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
                }
            }
            case CONTAINERS -> {
                PostgreSQLContainer pg = new PostgreSQLContainer("postgres:17-alpine");
                pg.start();
                running.add(pg::stop);
                yield PostgresCoordinates.fromJdbcUrl(pg.getJdbcUrl(), pg.getUsername(), pg.getPassword());
            }
            case EXTERNAL ->
                PostgresCoordinates.fromJdbcUrl(
                        requiredEnv("MUSTER_TEST_POSTGRES_URL"),
                        requiredEnv("MUSTER_TEST_POSTGRES_USER"),
                        requiredEnv("MUSTER_TEST_POSTGRES_PASSWORD"));
        };
    }

    private GreenMail startGreenMail() {
        GreenMail mail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        running.add(mail::stop);
        return mail;
    }

    private static String requiredEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("muster.test.infra=external needs " + name);
        }
        return value;
    }

    private void stop() {
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception e) {
                // best effort at JVM exit: the next server still gets its chance to stop
            }
        }
    }
}
