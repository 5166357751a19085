package io.muster.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An embedded PostgreSQL on a fixed port and a data directory of its own, so it can be stopped (a
 * fast shutdown: sessions are cut, new connections refused) and started again with its data, like
 * a database server that restarts.
 */
final class RestartablePostgres implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres running;

    private RestartablePostgres(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    static RestartablePostgres start() {
        try {
            RestartablePostgres postgres =
                    new RestartablePostgres(Files.createTempDirectory("muster-postgres"), KraftBroker.freePort());
            postgres.startServer();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL data directory", e);
        }
    }

    int port() {
        return port;
    }

    synchronized void startServer() {
        if (running != null) {
            return;
        }
        try {
            running = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    synchronized void stopServer() {
        if (running == null) {
            return;
        }
        try {
            running.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not stop", e);
        } finally {
            running = null;
        }
    }

    @Override
    public void close() {
        try {
            stopServer();
        } finally {
            TestFiles.deleteRecursively(dataDirectory);
        }
    }
}
