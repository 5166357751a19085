package io.muster.local;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fault runs as a Markdown table, one row per run: what was lost, doubled, refused while the gateway was
 * down, dead-lettered or left unsettled, and the recovery times (seconds); a legend and notes follow.
 */
final class FaultTable {

    static final String HEADER =
            """
            | fault | people | steps | alerts lost | alerts twice | answers sent / taken | down | timed out | refused | recorded | lost | twice | receipts taken | down | timed out | refused | lost | twice | DLT | unsettled | ready s | resumed s | settled s | verdict |
            |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|""";

    static final String LEGEND =
            """
            Per person, summed. *alerts lost*: steps (notifications) that never reached the phone; *twice*: SMS beyond \
            one per step. *answers sent / taken*: what the phones sent, and what the gateway answered 2xx; *down*: no \
            try could connect to the gateway (the provider gives up; excepted from "lost"); *timed out*: no answer \
            within the provider's timeout; *refused*: answered 4xx/5xx; *recorded*: answers the incident-service keeps; \
            *lost*: sent while the gateway listened and not recorded; *twice*: recorded beyond what was sent. \
            *receipts*: the "delivered" status callbacks, same columns; *lost*: steps with a callback the gateway \
            listened for and no receipt recorded. *DLT*: records of the incident on any dead-letter topic; \
            *unsettled*: the notifier's PENDING/AMBIGUOUS attempts; *ready*: start command to serving; *resumed*: \
            ready to the phones seeing progress ("–": nothing moved, or nothing was left); *settled*: ready to every \
            step, answer and receipt in ("never": not within the run's limit).""";

    private FaultTable() {}

    static String row(FaultOutcome outcome) {
        FaultTally t = outcome.tally();
        return ("| %s | %d | %d | %d | %d | %d / %d | %d | %d | %d | %d | %d | %d "
                        + "| %d | %d | %d | %d | %d | %d | %d | %d | %s | %s | %s | %s |")
                .formatted(
                        outcome.scenario().label(),
                        t.people(),
                        t.steps(),
                        t.alertsMissing(),
                        t.alertsDuplicated(),
                        t.answersSent(),
                        t.answersAccepted(),
                        t.answersRefusedWhileDown(),
                        t.answersTimedOut(),
                        t.answersRefused(),
                        t.answersRecorded(),
                        t.answersLost(),
                        t.answersDuplicated(),
                        t.receiptsAccepted(),
                        t.receiptsRefusedWhileDown(),
                        t.receiptsTimedOut(),
                        t.receiptsRefused(),
                        t.receiptsLost(),
                        t.receiptsDuplicated(),
                        t.deadLetters(),
                        t.unsettledAttempts(),
                        seconds(outcome.ready()),
                        seconds(outcome.resumed()),
                        outcome.settled() == null ? "never" : seconds(outcome.settled()),
                        outcome.passed() ? "pass" : "FAIL");
    }

    static String of(List<FaultOutcome> outcomes) {
        return HEADER + "\n"
                + outcomes.stream().map(FaultTable::row).collect(Collectors.joining("\n"))
                + "\n\n" + LEGEND + "\n" + notes(outcomes);
    }

    /** Per run: the dead letters' first reason per topic, and how the gateway filed the lost answers. */
    static String notes(List<FaultOutcome> outcomes) {
        StringBuilder notes = new StringBuilder();
        for (FaultOutcome outcome : outcomes) {
            for (Map.Entry<String, List<String>> topic :
                    outcome.deadLetterReasons().entrySet()) {
                notes.append("\n- %s: %d dead letters on `%s`, e.g. \"%s\""
                        .formatted(
                                outcome.scenario().label(),
                                topic.getValue().size(),
                                topic.getKey(),
                                cause(topic.getValue().getFirst())));
            }
            if (!outcome.lostAnswers().isEmpty()) {
                notes.append(
                        "\n- %s: the answers of the people with an answer lost, as the gateway's log filed them: %s"
                                .formatted(outcome.scenario().label(), outcome.lostAnswers()));
            }
        }
        return notes.isEmpty() ? "" : "\nNotes:" + notes + "\n";
    }

    /** Spring Kafka's reason from "threw exception" on (the listener's signature is long), on one line, short. */
    private static String cause(String reason) {
        String line = reason.replaceAll("\\s+", " ");
        int threw = line.indexOf("threw exception");
        line = threw < 0 ? line : line.substring(threw);
        return line.length() <= 240 ? line : line.substring(0, 240) + "…";
    }

    private static String seconds(Duration duration) {
        return duration == null ? "–" : "%.1f".formatted(duration.toMillis() / 1000.0);
    }
}
