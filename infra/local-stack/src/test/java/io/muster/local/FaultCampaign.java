package io.muster.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.local.FaultScenario.Trigger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The long fault suite: rounds of every fault (or those named) at randomized kill points on larger
 * fan-outs, one fresh cohort per run, printed as a table as it goes and written to {@code
 * target/fault-runs/long-<time>.md}; it fails at the end if any run lost, doubled or dead-lettered
 * anything. Not a test (failsafe runs *EndToEndTests and surefire *Tests): {@code infra/faults} runs it,
 * with {@code -Dfaults.rounds} (1), {@code -Dfaults.people} (2000), {@code -Dfaults.seed} (random, printed)
 * and {@code -Dfaults.only} (comma-separated names from {@link #FAULTS}).
 */
@ExtendWith(SharedStack.Resolver.class)
class FaultCampaign {

    /** Each fault by name, with its randomized trigger. */
    static final Map<String, Function<Random, FaultScenario>> FAULTS = faults();

    @Test
    void printsATableOfRandomizedFaultRuns(SharedStack shared) throws Exception {
        int rounds = Integer.getInteger("faults.rounds", 1);
        RunShape shape = RunShape.large(Integer.getInteger("faults.people", 2000));
        long seed = Long.getLong("faults.seed", new Random().nextLong());
        List<String> names = selected();
        Random random = new Random(seed);
        Path report = report();
        print("seed %d, %d round(s) of %s, %,d people each; table: %s", seed, rounds, names, shape.people(), report);
        List<FaultOutcome> outcomes = new ArrayList<>();
        try (StackDatabase db = new StackDatabase(shared.stack().settings())) {
            FaultRun faults = new FaultRun(shared.stack(), shared.client(), db);
            for (int round = 1; round <= rounds; round++) {
                for (String name : names) {
                    FaultOutcome outcome = faults.run(FAULTS.get(name).apply(random), shape);
                    outcomes.add(outcome);
                    print("round %d: %s", round, FaultTable.row(outcome));
                    Files.writeString(report, "Seed " + seed + "\n\n" + FaultTable.of(outcomes));
                }
            }
            faults.restore();
        }
        print("%n%s", FaultTable.of(outcomes));
        assertThat(outcomes)
                .as("runs that lost, doubled, dead-lettered or left anything unsettled (see %s)", report)
                .allMatch(FaultOutcome::passed);
    }

    private static Map<String, Function<Random, FaultScenario>> faults() {
        Map<String, Function<Random, FaultScenario>> faults = new LinkedHashMap<>();
        faults.put("none", r -> FaultScenario.none(Trigger.alerted(share(r, 0.1, 0.7))));
        faults.put(
                "incident-service",
                r -> FaultScenario.kill(
                        LocalStack.INCIDENT_SERVICE, Trigger.afterDeclared(Duration.ofMillis(r.nextInt(1500)))));
        faults.put("notifier", r -> FaultScenario.kill(LocalStack.NOTIFIER, Trigger.alerted(share(r, 0.1, 0.7))));
        faults.put(
                "inbound-gateway", r -> FaultScenario.kill(LocalStack.GATEWAY, Trigger.answered(share(r, 0.1, 0.6))));
        faults.put("kafka", r -> FaultScenario.kill(LocalStack.KAFKA, Trigger.alerted(share(r, 0.1, 0.7))));
        faults.put("postgres", r -> FaultScenario.kill(LocalStack.POSTGRES, Trigger.answered(share(r, 0.1, 0.6))));
        faults.put(
                "postgres-outage",
                r -> FaultScenario.outage(
                        LocalStack.POSTGRES,
                        Duration.ofSeconds(20 + r.nextInt(11)),
                        r.nextBoolean() ? Trigger.alerted(share(r, 0.1, 0.6)) : Trigger.answered(share(r, 0.1, 0.6))));
        return faults;
    }

    private static double share(Random random, double from, double to) {
        return Math.round((from + random.nextDouble() * (to - from)) * 100) / 100.0;
    }

    private static List<String> selected() {
        String only = System.getProperty("faults.only", "");
        if (only.isBlank()) {
            return List.copyOf(FAULTS.keySet());
        }
        List<String> names = Arrays.stream(only.split(",")).map(String::strip).toList();
        assertThat(FAULTS.keySet()).as("fault names").containsAll(names);
        return names;
    }

    private static Path report() throws java.io.IOException {
        Path directory = Path.of("target", "fault-runs");
        Files.createDirectories(directory);
        return directory
                .resolve("long-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md")
                .toAbsolutePath();
    }

    private static void print(String format, Object... args) {
        System.out.println("Fault campaign: " + format.formatted(args));
    }
}
