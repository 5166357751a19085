package io.muster.local;

/**
 * One part of the stack that runs as processes of its own (PostgreSQL, the broker, a service), known by
 * name so that a test or the person at the console can stop it, kill it and start it again with the same
 * command: what an operator does to one instance, and what a crash does to it.
 */
interface StackPart extends AutoCloseable {

    /** How the run command and the fault suite call it: {@code postgres}, {@code kafka}, {@code notifier}, ... */
    String name();

    /** Starts its processes with the command it was made with; returns without waiting for them to be ready. */
    void launch();

    /** Returns once it serves (health UP, connections accepted); throws if it exits or takes too long. */
    void awaitReady();

    /** Shuts it down as an operator would (SIGTERM, or PostgreSQL's fast shutdown) and waits for that. */
    void stop();

    /** {@code kill -9} of every process of the part, as a crash would; returns once they are gone. */
    void kill();

    /** Whether its main process is running (it may not be ready yet). */
    boolean running();

    /** Launches it and waits until it is ready. */
    default void start() {
        launch();
        awaitReady();
    }

    @Override
    default void close() {
        stop();
    }
}
