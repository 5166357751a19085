package io.muster.local;

import static org.awaitility.Awaitility.await;

import io.muster.simulator.AutoAnswerPolicy;
import io.muster.simulator.PhoneSimulator;
import io.muster.simulator.Resource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Runs one fault on the running stack: a fresh cohort of SMS-only people, phones that answer "1" by
 * themselves, a life-safety declaration to all of them, the fault at its trigger, the part started again
 * with the same command, then waits (Awaitility) until every step, answer and receipt is in, checks that
 * nothing more arrives for a quiet period, and counts per person.
 */
final class FaultRun {

    private static final Duration TRIGGER_WITHIN = Duration.ofMinutes(3);

    private final LocalStack stack;
    private final StackClient client;
    private final StackDatabase db;
    private final StackHealth health;

    FaultRun(LocalStack stack, StackClient client, StackDatabase db) {
        this.stack = stack;
        this.client = client;
        this.db = db;
        this.health = new StackHealth(stack);
    }

    FaultOutcome run(FaultScenario scenario, RunShape shape) throws Exception {
        PhoneSimulator simulator = stack.simulator();
        restore();
        Instant since = Instant.now();
        simulator.faults().clear().delay(Resource.MESSAGES, shape.providerLatency());
        simulator.autoAnswer(new AutoAnswerPolicy(true, "1", "1", 1.0, shape.answerAfterMin(), shape.answerAfterMax()));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            BenchmarkIncident cohort = BenchmarkIncident.declare(client, shape.people(), "fault-run", "Fault run");
            long declared = System.nanoTime();
            CohortPhones phones = new CohortPhones(
                    simulator, cohort.phones(), stack.settings().secrets().answerTokenSecret());
            CohortRecords records = new CohortRecords(db, cohort);
            try (ProgressWatch progress = new ProgressWatch(phones::progress)) {
                awaitTrigger(scenario.at(), phones, shape.people(), declared, timer);
                long faulted = System.nanoTime();
                strike(scenario, timer);
                long restarted = System.nanoTime();
                startAgain(scenario);
                long ready = System.nanoTime();
                long lastReady = ready;
                for (FaultScenario next = scenario.then(); next != null; next = next.then()) {
                    awaitTrigger(next.at(), phones, shape.people(), declared, timer);
                    strike(next, timer);
                    startAgain(next);
                    lastReady = System.nanoTime();
                }
                Duration settled = awaitSettled(phones, records, cohort, since, shape, lastReady);
                Map<String, List<String>> deadLetters =
                        new DeadLetters(stack.settings().kafkaBootstrap()).of(cohort.id());
                int deadLettered =
                        deadLetters.values().stream().mapToInt(List::size).sum();
                return new FaultOutcome(
                        scenario,
                        tally(phones, records, cohort, since, deadLettered),
                        Duration.ofNanos(restarted - faulted),
                        Duration.ofNanos(ready - restarted),
                        progress.firstMoveAfter(ready),
                        settled,
                        deadLetters,
                        lostAnswers(phones, records));
            }
        } finally {
            timer.shutdownNow();
            simulator.autoAnswer(AutoAnswerPolicy.off());
            simulator.faults().clear();
        }
    }

    /**
     * How the gateway's log filed the answers of the people with an answer lost, and how the phone saw them
     * refused (last status, failure, tries, clock time): what tells a refusing instance from a balancer
     * with no instance left.
     */
    private static Map<String, Long> lostAnswers(CohortPhones phones, CohortRecords records) {
        List<String> sids = FaultTally.lostAnswerSids(phones.sent(), records.answers());
        Map<String, Long> outcomes = new TreeMap<>(records.gatewayOutcomes(sids));
        Set<String> lost = Set.copyOf(sids);
        phones.sent().stream()
                .flatMap(List::stream)
                .filter(answer -> lost.contains(answer.sid()) && answer.failure() != null)
                .forEach(answer -> outcomes.merge(
                        "phone saw %s %d after %d tries at %s"
                                .formatted(answer.failure(), answer.status(), answer.attempts(), answer.at()),
                        1L,
                        Long::sum));
        return outcomes;
    }

    /** Waits for the trigger: a scheduled moment after the 201, or a share of the cohort's phones. */
    private static void awaitTrigger(
            FaultScenario.Trigger trigger,
            CohortPhones phones,
            int people,
            long declared,
            ScheduledExecutorService timer)
            throws InterruptedException, ExecutionException {
        switch (trigger.kind()) {
            case DECLARED -> {
                long left = trigger.delay().toNanos() - (System.nanoTime() - declared);
                timer.schedule(() -> null, Math.max(0, left), TimeUnit.NANOSECONDS)
                        .get();
            }
            case ALERTED ->
                await("the trigger: " + trigger.label())
                        .atMost(TRIGGER_WITHIN)
                        .pollInterval(Duration.ofMillis(20))
                        .until(() -> phones.alerted() >= trigger.share() * people);
            case ANSWERED ->
                await("the trigger: " + trigger.label())
                        .atMost(TRIGGER_WITHIN)
                        .pollInterval(Duration.ofMillis(20))
                        .until(() -> phones.answered() >= trigger.share() * people);
        }
    }

    /**
     * The fault itself: kill -9 or a graceful stop of each part, or a stop that lasts the outage (the start
     * follows in {@link #startAgain}).
     */
    private void strike(FaultScenario scenario, ScheduledExecutorService timer)
            throws InterruptedException, ExecutionException {
        switch (scenario.fault()) {
            case NONE -> {}
            case KILL -> scenario.parts().forEach(stack::kill);
            case STOP -> scenario.parts().forEach(stack::stop);
            case OUTAGE -> {
                scenario.parts().forEach(stack::stop);
                timer.schedule(() -> null, scenario.downtime().toNanos(), TimeUnit.NANOSECONDS)
                        .get();
            }
        }
    }

    /** The parts' own start commands, side by side, until each serves again. */
    private void startAgain(FaultScenario scenario) {
        if (scenario.fault() != FaultScenario.Fault.NONE) {
            stack.start(scenario.parts());
        }
    }

    /**
     * How long after the part was ready every step, answer and receipt was in; null if never within the
     * limit. Either way it then waits until nothing changes for the quiet period: after settling nothing may
     * arrive late (a second SMS or answer), and a run that did not settle is counted once it stopped moving,
     * not while its last messages are still on their way.
     */
    private Duration awaitSettled(
            CohortPhones phones,
            CohortRecords records,
            BenchmarkIncident cohort,
            Instant since,
            RunShape shape,
            long ready) {
        Duration settled = null;
        try {
            await("every step, answer and receipt of " + cohort.id())
                    .atMost(shape.settleWithin())
                    .pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptions()
                    .until(() -> tally(phones, records, cohort, since, 0).complete());
            settled = Duration.ofNanos(System.nanoTime() - ready);
        } catch (ConditionTimeoutException notSettled) {
            // counted below, once it stopped moving
        }
        AtomicReference<List<Long>> totals = new AtomicReference<>(List.of());
        try {
            await("nothing more for " + shape.quiet())
                    .during(shape.quiet())
                    .atMost(shape.quiet().plusMinutes(1))
                    .pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptions()
                    .until(() -> unchanged(
                            totals, tally(phones, records, cohort, since, 0).totals()));
        } catch (ConditionTimeoutException stillMoving) {
            // the final tally shows what came late
        }
        return settled;
    }

    /** Whether the totals are what they were at the last look (the first look never is). */
    private static boolean unchanged(AtomicReference<List<Long>> last, List<Long> now) {
        return now.equals(last.getAndSet(now));
    }

    private static FaultTally tally(
            CohortPhones phones, CohortRecords records, BenchmarkIncident cohort, Instant since, int deadLetters) {
        List<CohortPhones.Alert> alerts = phones.alerts();
        return FaultTally.of(
                cohort.phones().size(),
                records.notifications(),
                alerts,
                phones.sent(),
                records.answers(),
                records.receipts(),
                phones.refusedReceipts(alerts, since),
                deadLetters,
                records.unsettledAttempts());
    }

    /** Every part running and every service healthy: what a run starts from (an earlier one may have failed). */
    void restore() {
        health.restore();
    }
}
