package io.muster.local;

import io.muster.simulator.FailedWebhook;
import io.muster.simulator.SentSms;
import io.muster.simulator.WebhookFailure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The counts that say whether a fault lost or doubled anything, per person summed over the cohort:
 * alerts (exactly one SMS per notification step), answers (every one the phone sent is recorded once),
 * receipts (a "delivered" callback is recorded for every step), dead letters and unsettled ledger rows.
 * What the phones sent while nobody listened at the gateway (no try could connect) is counted apart and
 * excepted: the provider gives up on it, and no service can record it. An answer that timed out or was
 * refused with an error at the gateway is lost unless it was recorded anyway.
 */
record FaultTally(
        int people,
        int steps,
        int alertsReceived,
        int alertsMissing,
        int alertsDuplicated,
        int answersSent,
        int answersAccepted,
        int answersRefusedWhileDown,
        int answersTimedOut,
        int answersRefused,
        long answersRecorded,
        long answersLost,
        long answersDuplicated,
        int receiptsAccepted,
        int receiptsRefusedWhileDown,
        int receiptsTimedOut,
        int receiptsRefused,
        int receiptsRecorded,
        int receiptsLost,
        long receiptsDuplicated,
        int deadLetters,
        long unsettledAttempts) {

    static FaultTally of(
            int people,
            Map<UUID, Integer> notifications,
            List<CohortPhones.Alert> alerts,
            List<List<SentSms>> sent,
            Map<Integer, Long> answersRecorded,
            Map<UUID, Long> receipts,
            Map<String, FailedWebhook> refusedReceipts,
            int deadLetters,
            long unsettledAttempts) {
        Map<UUID, Integer> perStep = new HashMap<>();
        alerts.forEach(alert -> perStep.merge(alert.notificationId(), 1, Integer::sum));
        int missing = (int) notifications.keySet().stream()
                .filter(id -> !perStep.containsKey(id))
                .count();
        int duplicated = perStep.values().stream().mapToInt(n -> n - 1).sum()
                + (int) alerts.stream()
                        .filter(a -> !notifications.containsKey(a.notificationId()))
                        .count();
        Answers answers = Answers.of(sent, answersRecorded);
        Receipts counted = Receipts.of(alerts, receipts, refusedReceipts);
        return new FaultTally(
                people,
                notifications.size(),
                alerts.size(),
                missing,
                duplicated,
                answers.sent(),
                answers.accepted(),
                answers.refusedWhileDown(),
                answers.timedOut(),
                answers.refused(),
                answers.recorded(),
                answers.lost(),
                answers.duplicated(),
                counted.accepted(),
                counted.refusedWhileDown(),
                counted.timedOut(),
                counted.refused(),
                counted.recorded(),
                counted.lost(),
                counted.duplicated(),
                deadLetters,
                unsettledAttempts);
    }

    /**
     * The answers of the people with an answer lost (every SMS of theirs the gateway was up for): what to
     * look up in the gateway's inbound log to see why.
     */
    static List<String> lostAnswerSids(List<List<SentSms>> sent, Map<Integer, Long> recorded) {
        List<String> sids = new ArrayList<>();
        for (int person = 0; person < sent.size(); person++) {
            List<SentSms> expected = expected(sent.get(person));
            if (expected.size() > recorded.getOrDefault(person, 0L)) {
                expected.forEach(answer -> sids.add(answer.sid()));
            }
        }
        return sids;
    }

    /** Nothing lost, nothing twice, nothing dead-lettered, nothing unsettled (refusals while down aside). */
    boolean clean() {
        return alertsMissing == 0
                && alertsDuplicated == 0
                && answersLost == 0
                && answersDuplicated == 0
                && receiptsLost == 0
                && receiptsDuplicated == 0
                && deadLetters == 0
                && unsettledAttempts == 0;
    }

    /** What is still moving: every step reached its phone, every taken answer and receipt is recorded. */
    boolean complete() {
        return steps > 0
                && alertsMissing == 0
                && answersSent >= alertsReceived
                && answersLost == 0
                && receiptsLost == 0
                && unsettledAttempts == 0;
    }

    /** What grows while the run moves: the run is over when these stop changing. */
    List<Long> totals() {
        return List.of(
                (long) alertsReceived,
                (long) answersSent,
                answersRecorded,
                (long) receiptsRecorded + receiptsDuplicated,
                unsettledAttempts);
    }

    /** A person's answers that must be recorded: all but those sent while nobody listened at the gateway. */
    private static List<SentSms> expected(List<SentSms> answers) {
        return answers.stream().filter(a -> !a.unreachable()).toList();
    }

    private record Answers(
            int sent,
            int accepted,
            int refusedWhileDown,
            int timedOut,
            int refused,
            long recorded,
            long lost,
            long duplicated) {

        /** Per person: answers that must be recorded and are not are lost; more recorded than sent are doubled. */
        static Answers of(List<List<SentSms>> sent, Map<Integer, Long> recorded) {
            Map<String, Integer> counts = new HashMap<>();
            long lost = 0;
            long duplicated = 0;
            for (int person = 0; person < sent.size(); person++) {
                List<SentSms> answers = sent.get(person);
                answers.forEach(a -> counts.merge(kind(a), 1, Integer::sum));
                long kept = recorded.getOrDefault(person, 0L);
                lost += Math.max(0, expected(answers).size() - kept);
                duplicated += Math.max(0, kept - answers.size());
            }
            return new Answers(
                    counts.values().stream().mapToInt(Integer::intValue).sum(),
                    counts.getOrDefault("taken", 0),
                    counts.getOrDefault(WebhookFailure.CONNECT.name(), 0),
                    counts.getOrDefault(WebhookFailure.READ.name(), 0),
                    counts.getOrDefault(WebhookFailure.STATUS_4XX.name(), 0)
                            + counts.getOrDefault(WebhookFailure.STATUS_5XX.name(), 0),
                    recorded.values().stream().mapToLong(Long::longValue).sum(),
                    lost,
                    duplicated);
        }

        private static String kind(SentSms answer) {
            return answer.failure() == null ? "taken" : answer.failure().name();
        }
    }

    private record Receipts(
            int accepted, int refusedWhileDown, int timedOut, int refused, int recorded, int lost, long duplicated) {

        /**
         * Per notification: a "delivered" callback the gateway was up for and no receipt recorded is lost; more
         * receipts recorded than SMS sent are doubled.
         */
        static Receipts of(
                List<CohortPhones.Alert> alerts, Map<UUID, Long> receipts, Map<String, FailedWebhook> refused) {
            Map<UUID, Integer> messages = new HashMap<>();
            Map<UUID, Integer> expected = new HashMap<>();
            for (CohortPhones.Alert alert : alerts) {
                FailedWebhook failed = refused.get(alert.sid());
                messages.merge(alert.notificationId(), 1, Integer::sum);
                expected.merge(alert.notificationId(), failed != null && failed.unreachable() ? 0 : 1, Integer::sum);
            }
            int lost = 0;
            long duplicated = 0;
            for (Map.Entry<UUID, Integer> step : messages.entrySet()) {
                long recorded = receipts.getOrDefault(step.getKey(), 0L);
                lost += expected.get(step.getKey()) > 0 && recorded == 0 ? 1 : 0;
                duplicated += Math.max(0, recorded - step.getValue());
            }
            int down = count(refused, WebhookFailure.CONNECT);
            int timedOut = count(refused, WebhookFailure.READ);
            return new Receipts(
                    alerts.size() - refused.size(),
                    down,
                    timedOut,
                    refused.size() - down - timedOut,
                    receipts.size(),
                    lost,
                    duplicated);
        }

        private static int count(Map<String, FailedWebhook> refused, WebhookFailure failure) {
            return (int) refused.values().stream()
                    .filter(f -> f.failure() == failure)
                    .count();
        }
    }
}
