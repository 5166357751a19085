package io.muster.local;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One fault run: the scenario, the counts afterwards, whether it settled, the dead letters' reasons, how
 * the gateway filed the answers of people with an answer lost, and how long recovery took:
 * {@code down} from the fault to the start command (the kill itself, or the outage), {@code ready} from the
 * start command until the part served again, {@code resumed} from then until the phones saw progress again
 * (null: nothing was left to do, or nothing moved), {@code settled} from then until every step, answer and
 * receipt was in (null: it never settled within the run's limit).
 */
record FaultOutcome(
        FaultScenario scenario,
        FaultTally tally,
        Duration down,
        Duration ready,
        Duration resumed,
        Duration settled,
        Map<String, List<String>> deadLetterReasons,
        Map<String, Long> lostAnswers) {

    boolean passed() {
        return settled != null && tally.clean();
    }
}
