package io.muster.incident.recipient;

import io.muster.incident.accountability.Answerer;
import io.muster.incident.accountability.Answers;
import io.muster.incident.escalation.EscalationStops;
import io.muster.incident.jdbc.Jdbc;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Records a reply as an answer (one JDBC transaction: history, state, audit, the help task), then
 * stops the person's escalation. The engine itself never climbs for someone who answered, so the
 * stop is promptness, not correctness; a redelivered reply repeats only the stop.
 */
@Component
class Replies {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Jdbc jdbc;
    private final Answers answers;
    private final EscalationStops escalation;

    Replies(Jdbc jdbc, Answers answers, EscalationStops escalation) {
        this.jdbc = jdbc;
        this.answers = answers;
        this.escalation = escalation;
    }

    /** Runs on a Kafka listener thread: blocks until the answer is durable. */
    void record(ReplyReceived reply) {
        var notification = reply.notification();
        jdbc.inTransaction(() -> {
            Answerer who = answers.answererOf(notification).orElseThrow(() -> new UnknownNotification(notification));
            return answers.record(who, reply.toAnswer(who.personId()));
        });
        escalation.answered(notification).block(STOP_TIMEOUT);
    }
}
