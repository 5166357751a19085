package io.muster.testkit;

import java.time.Duration;

/**
 * A server stopped by a test, started again by {@link #end()} or {@link #close()} (whichever comes
 * first; use it in try-with-resources so a failing test never leaves the server down for the next).
 */
public final class Outage implements AutoCloseable {

    private final String server;
    private final Runnable restart;
    private final long startedAt = System.nanoTime();
    private Duration lasted;

    Outage(String server, Runnable stop, Runnable restart) {
        this.server = server;
        this.restart = restart;
        stop.run();
    }

    /** Starts the server again (on the same address, with its data) and returns once it answers. */
    public synchronized Duration end() {
        if (lasted == null) {
            restart.run();
            lasted = Duration.ofNanos(System.nanoTime() - startedAt);
        }
        return lasted;
    }

    @Override
    public void close() {
        end();
    }

    @Override
    public String toString() {
        return server + " outage";
    }
}
