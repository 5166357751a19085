package io.muster.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 (embedded binaries) whose data directory survives restarts. It runs as
 * a detached process, so a server left by a killed launcher is stopped before starting anew.
 */
final class PostgresServer implements AutoCloseable {

    static final String DATABASE = "muster";
    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static PostgresServer start(Path dataDirectory, int port) {
        Path directory = dataDirectory.resolve("postgres");
        stopLeftover(directory);
        try {
            Files.createDirectories(directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200")
                    .start();
            PostgresServer server = new PostgresServer(postgres);
            server.createDatabase();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + directory, e);
        }
    }

    private static void stopLeftover(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        StaleProcesses.readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(p -> {
                    log.warn("Stopping PostgreSQL (pid {}) left running by an earlier launcher", p.pid());
                    StaleProcesses.stop(p);
                });
    }

    private void createDatabase() {
        String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            boolean exists = statement
                    .executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")
                    .next();
            if (!exists) {
                statement.execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + DATABASE, e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
