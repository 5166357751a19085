package io.muster.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 (embedded binaries) whose data directory survives restarts. It runs as detached
 * processes, so a server left by a killed launcher is stopped before starting anew. It runs the way
 * production must for Muster's guarantees ({@link #DURABILITY}): a commit the services were told about is
 * on disk, so neither a crash of the server nor of the machine can take it back.
 */
final class PostgresServer implements StackPart {

    static final String NAME = "postgres";
    static final String DATABASE = "muster";
    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    /**
     * The settings "nothing sent twice" depends on: the notifier's ledger row and the incident-service's
     * outbox progress must survive a crash once committed. The embedded binaries default to
     * {@code synchronous_commit=off} and {@code fsync=off}; production and this stack turn both on.
     */
    static final Map<String, String> DURABILITY =
            Map.of("synchronous_commit", "on", "fsync", "on", "full_page_writes", "on");

    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);
    private static final Duration KILLED = Duration.ofSeconds(30);

    private final Path directory;
    private final int port;
    private volatile EmbeddedPostgres postgres;

    private PostgresServer(Path directory, int port) {
        this.directory = directory;
        this.port = port;
    }

    /** The server of {@code dataDirectory/postgres}; not started yet (one left running earlier is stopped). */
    static PostgresServer of(Path dataDirectory, int port) {
        Path directory = dataDirectory.resolve("postgres");
        stopLeftover(directory);
        return new PostgresServer(directory, port);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Starts the server on the same data directory and port; embedded PostgreSQL waits until it is up. */
    @Override
    public void launch() {
        try {
            Files.createDirectories(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200");
            DURABILITY.forEach(builder::setServerConfig);
            postgres = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + directory, e);
        }
    }

    /** Creates the database on first start and refuses a server that is not durable ({@link #DURABILITY}). */
    @Override
    public void awaitReady() {
        try (Connection connection = connect("postgres");
                Statement statement = connection.createStatement()) {
            refuseUnlessDurable(statement);
            boolean exists = statement
                    .executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")
                    .next();
            if (!exists) {
                statement.execute("create database " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare database " + DATABASE, e);
        }
    }

    @Override
    public boolean running() {
        return postmaster().map(ProcessHandle::isAlive).orElse(false);
    }

    /** Fast shutdown, as {@code pg_ctl stop -m fast}: sessions are ended, committed work stays. */
    @Override
    public void stop() {
        EmbeddedPostgres current = postgres;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not stop", e);
            }
            postgres = null;
        }
    }

    /**
     * {@code kill -9} of the postmaster and every backend, as a crash of the server: the next start
     * recovers from the write-ahead log. The children are collected first: once the postmaster is gone
     * they are no longer its descendants.
     */
    @Override
    public void kill() {
        postmaster().ifPresent(postmaster -> {
            List<ProcessHandle> processes = postmaster.descendants().toList();
            postmaster.destroyForcibly();
            processes.forEach(ProcessHandle::destroyForcibly);
            awaitGone(postmaster);
            processes.forEach(PostgresServer::awaitGone);
        });
        // Releases the embedded server's lock on the data directory; there is nothing left to stop, so the
        // embedded server logs that it "could not stop postmaster".
        log.info("PostgreSQL killed; the embedded server's 'Could not stop postmaster' error that follows is expected");
        try {
            stop();
        } catch (RuntimeException e) {
            log.debug("Nothing to stop after killing PostgreSQL: {}", e.getMessage());
        }
    }

    private Optional<ProcessHandle> postmaster() {
        return StaleProcesses.readPid(directory.resolve("postmaster.pid")).flatMap(ProcessHandle::of);
    }

    private static void awaitGone(ProcessHandle process) {
        try {
            process.onExit().get(KILLED.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL process " + process.pid() + " survived kill -9", e);
        }
    }

    private static void stopLeftover(Path directory) {
        StaleProcesses.readPid(directory.resolve("postmaster.pid"))
                .flatMap(ProcessHandle::of)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(p -> {
                    log.warn("Stopping PostgreSQL (pid {}) left running by an earlier launcher", p.pid());
                    StaleProcesses.stop(p);
                });
    }

    private static void refuseUnlessDurable(Statement statement) throws SQLException {
        for (Map.Entry<String, String> setting : DURABILITY.entrySet()) {
            try (ResultSet rs = statement.executeQuery("show " + setting.getKey())) {
                rs.next();
                if (!setting.getValue().equals(rs.getString(1))) {
                    throw new IllegalStateException("PostgreSQL runs with " + setting.getKey() + "=" + rs.getString(1)
                            + "; Muster's guarantees need " + setting.getValue());
                }
            }
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, USER, PASSWORD);
    }
}
