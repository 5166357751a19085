package io.muster.local;

import java.time.Duration;
import java.util.List;

/**
 * Watches, on a thread of its own while the load runs, the incident-service's answer rows
 * ({@code incident.accountability_answers}, committed with the person's new state) of one benchmark
 * incident, and notes per person when the answer was recorded (its server-side {@code recorded_at}:
 * the inserting transaction's start, a little before it commits) and when this watcher first saw it
 * (at most one poll interval plus a query after it became visible). PostgreSQL and this JVM share
 * the box's clock.
 */
final class VisibleAnswers implements AutoCloseable {

    static final Duration POLL = Duration.ofMillis(50);
    // Answer rows of concurrent transactions may commit out of id order: each look re-reads this many.
    private static final long REWIND = 1_000;

    private final StackDatabase db;
    private final BenchmarkIncident incident;
    private final long[] recordedMillis;
    private final long[] seenMillis;
    private final Thread watcher;
    private volatile boolean open = true;
    private long lastId;
    private int emptyLooks;

    VisibleAnswers(StackDatabase db, BenchmarkIncident incident) {
        this.db = db;
        this.incident = incident;
        this.recordedMillis = new long[incident.phones().size()];
        this.seenMillis = new long[incident.phones().size()];
        this.watcher = Thread.ofPlatform().name("answer-watcher").start(this::watch);
    }

    /** Waits until every person below {@code to} has answered, or the deadline passes; returns how many have. */
    synchronized int awaitAllBelow(int to, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        long left;
        while (missingBelow(to) > 0 && (left = deadline - System.nanoTime()) > 0) {
            wait(Math.max(1, left / 1_000_000));
        }
        return to - missingBelow(to);
    }

    synchronized long recordedMillis(int person) {
        return recordedMillis[person];
    }

    synchronized long seenMillis(int person) {
        return seenMillis[person];
    }

    private void watch() {
        try {
            while (open && missing() > 0) {
                // Nothing new for a second: make sure no row committed behind the window was missed.
                if (look(Math.max(0, lastId - REWIND)) == 0 && ++emptyLooks % 20 == 0) {
                    look(0);
                }
                Thread.sleep(POLL); // a sampling interval, not synchronisation
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads the answer rows after the given id; returns how many persons were new. */
    private int look(long afterId) {
        List<long[]> rows = db.rows(
                """
                SELECT a.id, substring(p.employee_id FROM ?)::int,
                       (extract(epoch FROM a.recorded_at) * 1000)::bigint
                FROM incident.accountability_answers a JOIN incident.people p ON p.id = a.person_id
                WHERE a.incident_id = ?::uuid AND a.id > ? ORDER BY a.id""",
                incident.role().length() + 2,
                incident.id(),
                afterId);
        return note(rows, System.currentTimeMillis());
    }

    private synchronized int note(List<long[]> rows, long now) {
        int fresh = 0;
        for (long[] row : rows) {
            int person = (int) row[1];
            lastId = Math.max(lastId, row[0]);
            if (seenMillis[person] == 0) {
                seenMillis[person] = now;
                recordedMillis[person] = row[2];
                fresh++;
            }
        }
        notifyAll();
        return fresh;
    }

    private synchronized int missing() {
        return missingBelow(seenMillis.length);
    }

    private int missingBelow(int to) {
        int missing = 0;
        for (int i = 0; i < to; i++) {
            missing += seenMillis[i] == 0 ? 1 : 0;
        }
        return missing;
    }

    @Override
    public void close() throws InterruptedException {
        open = false;
        watcher.join();
    }
}
