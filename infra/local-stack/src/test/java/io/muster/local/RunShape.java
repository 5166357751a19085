package io.muster.local;

import java.time.Duration;

/**
 * The fan-out a fault strikes: how many people, how long the provider takes to accept each SMS (so the
 * sending lasts long enough to be interrupted), how long after an alert each phone answers, how long the
 * run may take to settle after the faulty part is back, and how long nothing may change once it settled.
 */
record RunShape(
        int people,
        Duration providerLatency,
        Duration answerAfterMin,
        Duration answerAfterMax,
        Duration settleWithin,
        Duration quiet) {

    /** The CI run: a few hundred people, everything short; people answer 2 to 10 s after the alert. */
    static RunShape small(int people) {
        return new RunShape(
                people,
                Duration.ofMillis(300),
                Duration.ofSeconds(2),
                Duration.ofSeconds(10),
                Duration.ofSeconds(75),
                Duration.ofSeconds(5));
    }

    /** The long runs: thousands of people, answers spread over the half minute after each alert. */
    static RunShape large(int people) {
        return new RunShape(
                people,
                Duration.ofMillis(200),
                Duration.ofSeconds(1),
                Duration.ofSeconds(30),
                Duration.ofMinutes(4),
                Duration.ofSeconds(10));
    }
}
