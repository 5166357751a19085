package io.muster.local;

import static org.awaitility.Awaitility.await;

import io.muster.simulator.AutoAnswerPolicy;
import io.muster.simulator.PhoneSimulator;
import io.muster.simulator.Resource;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Runs one fault on the running stack: a fresh cohort of SMS-only people, phones that answer "1" by
 * themselves, a life-safety declaration to all of them, the fault at its trigger, the part started again
 * with the same command, then waits (Awaitility) until every step, answer and receipt is in, checks that
 * nothing more arrives for a quiet period, and counts per person.
 */
final class FaultRun {

    private static final Duration TRIGGER_WITHIN = Duration.ofMinutes(3);
    private static final Duration HEALTHY_WITHIN = Duration.ofMinutes(3);

    private final LocalStack stack;
    private final StackClient client;
    private final StackDatabase db;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    FaultRun(LocalStack stack, StackClient client, StackDatabase db) {
        this.stack = stack;
        this.client = client;
        this.db = db;
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
                stack.start(scenario.part());
                long ready = System.nanoTime();
                Duration settled = awaitSettled(phones, records, cohort, since, shape, ready);
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
                        records.gatewayOutcomes(FaultTally.lostAnswerSids(phones.sent(), records.answers())));
            }
        } finally {
            timer.shutdownNow();
            simulator.autoAnswer(AutoAnswerPolicy.off());
            simulator.faults().clear();
        }
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

    /** The fault itself: kill -9, or a stop that lasts the outage (the start follows in {@link #run}). */
    private void strike(FaultScenario scenario, ScheduledExecutorService timer)
            throws InterruptedException, ExecutionException {
        if (scenario.fault() == FaultScenario.Fault.KILL) {
            stack.kill(scenario.part());
        } else {
            stack.stop(scenario.part());
            timer.schedule(() -> null, scenario.downtime().toNanos(), TimeUnit.NANOSECONDS)
                    .get();
        }
    }

    /** How long after the part was ready every step, answer and receipt was in; null if never within the limit. */
    private Duration awaitSettled(
            CohortPhones phones,
            CohortRecords records,
            BenchmarkIncident cohort,
            Instant since,
            RunShape shape,
            long ready) {
        try {
            await("every step, answer and receipt of " + cohort.id())
                    .atMost(shape.settleWithin())
                    .pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptions()
                    .until(() -> tally(phones, records, cohort, since, 0).complete());
        } catch (ConditionTimeoutException notSettled) {
            return null;
        }
        Duration settled = Duration.ofNanos(System.nanoTime() - ready);
        List<Long> totals = tally(phones, records, cohort, since, 0).totals();
        try {
            // Nothing may arrive late: a second SMS or answer for a step after all seemed done.
            await("nothing more for " + shape.quiet())
                    .during(shape.quiet())
                    .atMost(shape.quiet().plusSeconds(10))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() ->
                            tally(phones, records, cohort, since, 0).totals().equals(totals));
        } catch (ConditionTimeoutException lateArrival) {
            // the final tally shows what came late
        }
        return settled;
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
        for (String part : stack.parts()) {
            if (!stack.running(part)) {
                stack.start(part);
            }
        }
        StackSettings settings = stack.settings();
        for (String url : List.of(settings.incidentServiceUrl(), settings.notifierUrl(), settings.gatewayUrl())) {
            await(url + " healthy")
                    .atMost(HEALTHY_WITHIN)
                    .pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions()
                    .until(() -> healthy(url));
        }
    }

    private boolean healthy(String baseUrl) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && response.body().contains("UP");
    }
}
