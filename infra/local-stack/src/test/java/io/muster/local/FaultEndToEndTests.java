package io.muster.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.local.FaultScenario.Trigger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The short fault suite, on the run command's processes: during a fan-out to a few hundred people whose
 * phones answer by themselves, one part is killed with {@code kill -9} (or PostgreSQL goes away for 20 s)
 * and started again with the same command; afterwards nothing is lost, nothing is sent or recorded twice,
 * nothing is dead-lettered and no ledger row is left unsettled. Every check is reported, with the run's row
 * of the fault table (also written to {@code target/fault-runs/}). The long version is {@code infra/faults}.
 */
@ExtendWith(SharedStack.Resolver.class)
class FaultEndToEndTests {

    private static final int PEOPLE = Integer.getInteger("faults.people", 300);
    /** How many times the instance-loss run is repeated on the one stack ({@code -Dfaults.repeat=5}). */
    private static final int REPEAT = Integer.getInteger("faults.repeat", 1);

    private static final List<FaultOutcome> outcomes = new ArrayList<>();
    private static StackDatabase db;
    private static FaultRun faults;
    private static int instances;

    @BeforeAll
    static void useTheStack(SharedStack shared) {
        db = new StackDatabase(shared.stack().settings());
        faults = new FaultRun(shared.stack(), shared.client(), db);
        instances = shared.stack().settings().instances();
    }

    @AfterAll
    static void reportAndLeaveTheStackServing() throws IOException, SQLException {
        String table = FaultTable.of(outcomes);
        System.out.println("Fault suite (short):\n" + table);
        Path reports = Path.of("target", "fault-runs");
        Files.createDirectories(reports);
        Files.writeString(reports.resolve("short-" + System.currentTimeMillis() + ".md"), table);
        if (faults != null) {
            faults.restore();
            db.close();
        }
    }

    /**
     * With one instance of each service, the notifier is killed mid-sending. With several (the build runs
     * two), one instance of each service is killed mid-sending, and once those serve again another instance
     * of each is stopped gracefully mid-replies (answers spread over 40 s, so replies are still coming):
     * the incident completes through the instances left, every alert sent once, every answer recorded once.
     */
    @ParameterizedTest(name = "run {0}")
    @MethodSource("repetitions")
    void losingServiceInstancesMidIncidentLosesNothingAndDoesNothingTwice(int run) throws Exception {
        FaultOutcome outcome = faults.run(instanceLoss(), instanceLossShape());

        assertNothingLostOrDoubled(outcome);
        if (instances() > 1) {
            assertThat(outcome.tally().answersRefusedWhileDown())
                    .as("answers no gateway instance could take (the balancer moves on to another)")
                    .isZero();
        }
    }

    static IntStream repetitions() {
        return IntStream.rangeClosed(1, REPEAT);
    }

    private static FaultScenario instanceLoss() {
        if (instances() == 1) {
            return FaultScenario.kill(LocalStack.NOTIFIER, Trigger.alerted(0.3));
        }
        List<String> services = List.of(LocalStack.INCIDENT_SERVICE, LocalStack.NOTIFIER, LocalStack.GATEWAY);
        List<String> second = services.stream()
                .map(service -> LocalStack.instanceName(service, 2))
                .toList();
        return FaultScenario.kill(services, Trigger.alerted(0.3))
                .then(FaultScenario.stop(second, Trigger.answered(0.5)));
    }

    private static RunShape instanceLossShape() {
        RunShape small = RunShape.small(PEOPLE);
        return instances() == 1
                ? small
                : new RunShape(
                        small.people(),
                        small.providerLatency(),
                        small.answerAfterMin(),
                        Duration.ofSeconds(40),
                        small.settleWithin(),
                        small.quiet());
    }

    private static int instances() {
        return instances;
    }

    @Test
    void aTwentySecondPostgresOutageDuringTheRepliesIsWaitedOutAndNothingIsDeadLettered() throws Exception {
        FaultOutcome outcome = faults.run(
                FaultScenario.outage(LocalStack.POSTGRES, Duration.ofSeconds(20), Trigger.answered(0.3)),
                RunShape.small(PEOPLE));

        assertNothingLostOrDoubled(outcome);
    }

    private static void assertNothingLostOrDoubled(FaultOutcome outcome) {
        outcomes.add(outcome);
        FaultTally t = outcome.tally();
        SoftAssertions softly = new SoftAssertions();
        String row = FaultTable.HEADER + "\n" + FaultTable.row(outcome) + FaultTable.notes(List.of(outcome));
        System.out.println(row);
        softly.assertThat(outcome.settled())
                .as("settled within the limit%n%s", row)
                .isNotNull();
        softly.assertThat(t.alertsMissing())
                .as("alerts lost (steps that never reached the phone)")
                .isZero();
        softly.assertThat(t.alertsDuplicated()).as("alerts received twice").isZero();
        softly.assertThat(t.answersLost())
                .as("answers sent while the gateway listened and not recorded")
                .isZero();
        softly.assertThat(t.answersDuplicated()).as("answers recorded twice").isZero();
        softly.assertThat(t.receiptsLost())
                .as("steps whose delivered callback reached the gateway and no receipt is recorded")
                .isZero();
        softly.assertThat(t.receiptsDuplicated()).as("receipts recorded twice").isZero();
        softly.assertThat(t.deadLetters())
                .as("dead-lettered records of the incident")
                .isZero();
        softly.assertThat(t.unsettledAttempts()).as("unsettled ledger rows").isZero();
        softly.assertAll();
    }
}
