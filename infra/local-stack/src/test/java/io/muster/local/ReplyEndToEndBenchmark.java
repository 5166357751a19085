package io.muster.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 5's reply path end to end on the deployment's shape: signed SMS-reply webhooks posted to
 * the gateway's JVM on loopback, correlated there, ReplyReceived through the one Kafka broker (its
 * own JVM), recorded by the incident-service's JVM in PostgreSQL. Prints replies answered per
 * second by the gateway, answers recorded per second, p50/p99/max from webhook to TwiML and to the
 * answer being visible, webhook to ReplyReceived on Kafka (the gateway's half), and CPU per reply
 * of each process (its JIT threads beside it). Not a test: failsafe runs only
 * *EndToEndTests and surefire only *Tests, so run it by name after packaging the services:
 * {@code ./mvnw -B -DskipTests package -pl incident-service,notifier,inbound-gateway} then
 * {@code ./mvnw -B verify -pl infra/local-stack -Dit.test=ReplyEndToEndBenchmark
 * -Dfailsafe.failIfNoSpecifiedTests=false -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dbenchmark.people=20000} (with the default 5,000 the fresh JVMs are still compiling; figures and
 * their reading: docs/replies-gateway.md).
 */
@ExtendWith(SharedStack.Resolver.class)
class ReplyEndToEndBenchmark {

    private static final int PEOPLE = Integer.getInteger("benchmark.people", 5_000);
    private static final int CONCURRENCY = Integer.getInteger("benchmark.concurrency", 64);
    private static final double WARM_UP = Double.parseDouble(System.getProperty("benchmark.warm-up", "0.2"));
    private static final Duration DEADLINE = Duration.ofMinutes(10);

    @Test
    void printsRepliesRecordedPerSecondAndWebhookToVisibleLatency(SharedStack shared) throws Exception {
        StackSettings settings = shared.stack().settings();
        try (var db = new StackDatabase(settings);
                var load = new ReplyLoad(settings, CONCURRENCY)) {
            long setUp = System.nanoTime();
            BenchmarkIncident incident = BenchmarkIncident.declare(shared.client(), PEOPLE);
            incident.awaitDelivered(db, DEADLINE);
            print(
                    "%,d people imported, incident declared, every SMS delivered and indexed in %,d ms",
                    PEOPLE, (System.nanoTime() - setUp) / 1_000_000);
            long postmaster = db.postmasterPid();
            try (var answers = new VisibleAnswers(db, incident);
                    var onKafka = new RepliesOnKafka(settings)) {
                Figures figures = measure(settings, postmaster, load, incident, answers, onKafka);
                assertThat(figures.failed()).as("webhooks not answered 200").isZero();
                assertThat(figures.notVisible()).as("answers not visible").isZero();
            }
        }
    }

    /** The warm-up share, reported on its own, then the rest with the CPU each process used meanwhile. */
    private static Figures measure(
            StackSettings settings,
            long postmaster,
            ReplyLoad load,
            BenchmarkIncident incident,
            VisibleAnswers answers,
            RepliesOnKafka onKafka)
            throws InterruptedException {
        int warm = (int) (PEOPLE * WARM_UP);
        if (warm > 0) {
            ReplyLoad.Run warmUp = load.send(incident.phones().subList(0, warm));
            answers.awaitAllBelow(warm, DEADLINE);
            report("warm-up", warmUp, answers, 0, null);
            printToKafka("warm-up", warmUp, onKafka);
        }
        ProcessCpu before = ProcessCpu.now(settings.dataDirectory(), postmaster);
        ReplyLoad.Run measured = load.send(incident.phones().subList(warm, PEOPLE));
        answers.awaitAllBelow(PEOPLE, DEADLINE);
        ProcessCpu used = ProcessCpu.now(settings.dataDirectory(), postmaster).minus(before);
        Figures figures = report("measured", measured, answers, warm, used);
        printToKafka("measured", measured, onKafka);
        return figures;
    }

    private static Figures report(String phase, ReplyLoad.Run run, VisibleAnswers answers, int offset, ProcessCpu cpu) {
        Figures figures = Figures.of(run, answers, offset);
        print(
                "%s: %,d signed replies, %d in flight, %d cores, load average %s: %,.0f replies/s answered"
                        + " (TwiML 200), %,.0f answers/s recorded; failed %d, not visible %d",
                phase,
                figures.replies(),
                CONCURRENCY,
                Runtime.getRuntime().availableProcessors(),
                ProcessCpu.loadAverage(),
                figures.repliesPerSecond(),
                figures.recordedPerSecond(),
                figures.failed(),
                figures.notVisible());
        print(
                "%s: webhook -> TwiML p50 %d ms, p99 %d ms, max %d ms; webhook -> recorded_at p50 %d ms, p99 %d ms,"
                        + " max %d ms; webhook -> seen by a %d ms poll p50 %d ms, p99 %d ms, max %d ms",
                phase,
                p(figures.toTwiml(), 50),
                p(figures.toTwiml(), 99),
                p(figures.toTwiml(), 100),
                p(figures.toRecorded(), 50),
                p(figures.toRecorded(), 99),
                p(figures.toRecorded(), 100),
                VisibleAnswers.POLL.toMillis(),
                p(figures.toSeen(), 50),
                p(figures.toSeen(), 99),
                p(figures.toSeen(), 100));
        if (cpu != null) {
            printCpu(phase, cpu, figures.replies());
        }
        return figures;
    }

    /** Each process, its JIT threads (part of it) beside it, then the sum with and without the JIT. */
    private static void printCpu(String phase, ProcessCpu cpu, int replies) {
        StringBuilder line = new StringBuilder(phase + ": CPU per reply");
        cpu.millis().forEach((process, ms) -> line.append(" %s %.3f ms,".formatted(process, ms / (double) replies)));
        print(
                "%s total %.3f ms, without the JIT %.3f ms",
                line, cpu.total() / (double) replies, (cpu.total() - cpu.jit()) / (double) replies);
    }

    /** The gateway's half: webhook to ReplyReceived's timestamp on Kafka (read once all are visible). */
    private static void printToKafka(String phase, ReplyLoad.Run run, RepliesOnKafka onKafka) {
        long[] toKafka = IntStream.range(0, run.sids().length)
                .filter(i -> onKafka.timestamp(run.sids()[i]) > 0)
                .mapToLong(i -> onKafka.timestamp(run.sids()[i]) - run.sentMillis()[i])
                .sorted()
                .toArray();
        print(
                "%s: webhook -> ReplyReceived on Kafka p50 %d ms, p99 %d ms, max %d ms (%,d of %,d read)",
                phase, p(toKafka, 50), p(toKafka, 99), p(toKafka, 100), toKafka.length, run.sids().length);
    }

    private static void print(String format, Object... args) {
        System.out.println("Reply end-to-end benchmark: " + format.formatted(args));
    }

    private static long p(long[] sorted, int percent) {
        return sorted.length == 0 ? -1 : sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
    }

    /** One run's figures; latencies in ms, sorted, of the replies that got a 200 / became visible. */
    private record Figures(
            int replies,
            double repliesPerSecond,
            double recordedPerSecond,
            long failed,
            long notVisible,
            long[] toTwiml,
            long[] toRecorded,
            long[] toSeen) {

        static Figures of(ReplyLoad.Run run, VisibleAnswers answers, int offset) {
            int n = run.sentMillis().length;
            List<Integer> visible = IntStream.range(0, n)
                    .filter(i -> answers.seenMillis(offset + i) > 0)
                    .boxed()
                    .toList();
            long firstSent = Arrays.stream(run.sentMillis()).min().orElse(0);
            long lastRecorded = visible.stream()
                    .mapToLong(i -> answers.recordedMillis(offset + i))
                    .max()
                    .orElse(firstSent);
            return new Figures(
                    n,
                    n / (run.wallNanos() / 1e9),
                    visible.size() / Math.max(0.001, (lastRecorded - firstSent) / 1e3),
                    Arrays.stream(run.answerNanos()).filter(ns -> ns < 0).count(),
                    n - visible.size(),
                    Arrays.stream(run.answerNanos())
                            .filter(ns -> ns >= 0)
                            .map(ns -> ns / 1_000_000)
                            .sorted()
                            .toArray(),
                    visible.stream()
                            .mapToLong(i -> answers.recordedMillis(offset + i) - run.sentMillis()[i])
                            .sorted()
                            .toArray(),
                    visible.stream()
                            .mapToLong(i -> answers.seenMillis(offset + i) - run.sentMillis()[i])
                            .sorted()
                            .toArray());
        }
    }
}
