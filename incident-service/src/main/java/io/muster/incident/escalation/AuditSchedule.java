package io.muster.incident.escalation;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Runs the overdue-timer audit every {@code audit-interval}. */
@Component
class AuditSchedule implements SmartLifecycle {

    private final OverdueTimersAuditor auditor;
    private final EscalationProperties properties;
    private volatile ScheduledExecutorService executor;

    AuditSchedule(OverdueTimersAuditor auditor, EscalationProperties properties) {
        this.auditor = auditor;
        this.properties = properties;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("escalation-audit").factory());
        long interval = properties.auditInterval().toMillis();
        executor.scheduleWithFixedDelay(this::audit, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void audit() {
        try {
            auditor.audit();
        } catch (RuntimeException e) {
            // The next audit tries again; a failing database shows in health and in the engine's log.
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
        executor = null;
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
