package io.muster.testkit;

import java.util.Locale;
import org.testcontainers.DockerClientFactory;

/**
 * How tests get their servers, from {@code -Dmuster.test.infra} or {@code MUSTER_TEST_INFRA}.
 *
 * <ul>
 *   <li>{@code auto} (default): Testcontainers when a Docker engine answers, embedded otherwise;
 *   <li>{@code embedded}: a KRaft broker, PostgreSQL and GreenMail in or beside this JVM;
 *   <li>{@code containers}: Testcontainers, failing when no Docker engine answers;
 *   <li>{@code external}: servers named by {@code MUSTER_TEST_KAFKA_BOOTSTRAP},
 *       {@code MUSTER_TEST_POSTGRES_URL} (JDBC), {@code MUSTER_TEST_POSTGRES_USER} and
 *       {@code MUSTER_TEST_POSTGRES_PASSWORD}.
 * </ul>
 *
 * Mail always runs on an embedded GreenMail: it is a real SMTP and IMAP server either way.
 */
public enum InfrastructureMode {
    EMBEDDED,
    CONTAINERS,
    EXTERNAL;

    static InfrastructureMode fromEnvironment() {
        String value = System.getProperty("muster.test.infra", System.getenv("MUSTER_TEST_INFRA"));
        String mode = value == null ? "auto" : value.trim().toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "auto" -> dockerAnswers() ? CONTAINERS : EMBEDDED;
            case "embedded" -> EMBEDDED;
            case "containers" -> CONTAINERS;
            case "external" -> EXTERNAL;
            default ->
                throw new IllegalArgumentException(
                        "muster.test.infra must be auto, embedded, containers or external, not " + value);
        };
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
