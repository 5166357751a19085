package io.muster.testkit;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.awaitility.Awaitility;
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
    private KraftBroker embeddedKafka;
    private RestartablePostgres embeddedPostgres;

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

    /**
     * Creates the topics (four partitions each, as auto-creation would) and returns once every
     * partition has a leader. A producer that writes to a topic the broker is still creating can
     * meet a leader change under its first batches; the broker then refuses its retries as out of
     * order for the rest of the delivery timeout, so a test that publishes a burst first creates
     * its topics here.
     */
    public void createTopics(String... names) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafkaBootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                30_000))) {
            List<NewTopic> topics = Arrays.stream(names)
                    .map(name -> new NewTopic(name, 4, (short) 1))
                    .toList();
            admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
            Awaitility.await("leaders of " + List.of(names))
                    .atMost(Duration.ofSeconds(30))
                    .ignoreExceptions()
                    .until(() -> admin.describeTopics(List.of(names)).allTopicNames().get().values().stream()
                            .flatMap(topic -> topic.partitions().stream())
                            .allMatch(partition -> partition.leader() != null
                                    && !partition.leader().isEmpty()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted creating " + List.of(names), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not create " + List.of(names), e);
        }
    }

    public PostgresCoordinates postgres() {
        return postgres;
    }

    /** A real SMTP and IMAP server; mailboxes are created for any recipient, logins need no password. */
    public GreenMail greenMail() {
        return greenMail;
    }

    /**
     * True when tests may stop and restart PostgreSQL and Kafka ({@link #postgresOutage()},
     * {@link #kafkaOutage()}): the embedded servers only; containers and external servers are left alone.
     */
    public boolean outagesPossible() {
        return embeddedKafka != null && embeddedPostgres != null;
    }

    /**
     * Stops PostgreSQL (a fast shutdown: every session is cut, new connections are refused) until
     * the returned outage ends; it comes back on the same port with its data.
     */
    public Outage postgresOutage() {
        requireOutagesPossible();
        return new Outage("PostgreSQL", embeddedPostgres::stopServer, embeddedPostgres::startServer);
    }

    /** Stops the Kafka broker until the returned outage ends; it comes back on the same port with its topics. */
    public Outage kafkaOutage() {
        requireOutagesPossible();
        return new Outage("Kafka", embeddedKafka::stopServer, embeddedKafka::startServer);
    }

    private void requireOutagesPossible() {
        if (!outagesPossible()) {
            throw new IllegalStateException("Outages need -Dmuster.test.infra=embedded (mode is " + mode + ")");
        }
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
                // No initial rebalance delay: each test context's consumers join their groups at once.
                embeddedKafka = KraftBroker.start(Map.of(
                        "auto.create.topics.enable", "true",
                        "num.partitions", "4",
                        "group.initial.rebalance.delay.ms", "0"));
                running.add(embeddedKafka);
                yield embeddedKafka.bootstrapServers();
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
                embeddedPostgres = RestartablePostgres.start();
                running.add(embeddedPostgres);
                yield new PostgresCoordinates("127.0.0.1", embeddedPostgres.port(), "postgres", "postgres", "postgres");
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
