package io.muster.gateway.retention;

import io.muster.gateway.retention.RetentionRules.Rule;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

/**
 * Enforces {@link RetentionProperties} on a thread of its own: every rule, batch after batch until a batch comes
 * back short. A failed run (the database away) is logged and tried again at the next interval.
 */
@Component
class RetentionJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final DatabaseClient db;
    private final RetentionProperties retention;
    private final List<Rule> rules;
    private final Clock clock;
    private @Nullable ScheduledExecutorService runner;

    RetentionJob(DatabaseClient db, RetentionProperties retention, Clock clock) {
        this.db = db;
        this.retention = retention;
        this.rules = RetentionRules.of(retention);
        this.clock = clock;
    }

    /** One run over every rule; how many rows it changed. */
    long run() {
        long changed = 0;
        for (Rule rule : rules) {
            long rows = apply(rule);
            if (rows > 0) {
                log.info("Retention: {} rows of {} older than {}", rows, rule.name(), rule.age());
            }
            changed += rows;
        }
        return changed;
    }

    private long apply(Rule rule) {
        long total = 0;
        long rows;
        do {
            rows = db.sql(rule.statement())
                    .bind("cutoff", clock.instant().minus(rule.age()))
                    .bind("limit", retention.batchSize())
                    .fetch()
                    .rowsUpdated()
                    .blockOptional()
                    .orElse(0L);
            total += rows;
        } while (rows >= retention.batchSize());
        return total;
    }

    @Override
    public void start() {
        runner = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("retention").daemon().factory());
        long every = retention.interval().toMillis();
        runner.scheduleWithFixedDelay(this::runQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    private void runQuietly() {
        try {
            run();
        } catch (RuntimeException e) {
            log.warn("Retention run failed, will retry: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        if (runner != null) {
            runner.shutdownNow();
            runner = null;
        }
    }

    @Override
    public boolean isRunning() {
        return runner != null;
    }
}
