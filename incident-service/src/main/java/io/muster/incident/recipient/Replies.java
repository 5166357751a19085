package io.muster.incident.recipient;

import io.muster.incident.accountability.Answerer;
import io.muster.incident.accountability.Answers;
import io.muster.incident.escalation.EscalationStops;
import io.muster.incident.storage.Jdbc;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Records a reply as an answer and stops the person's escalation, in one JDBC transaction (history,
 * state, audit, the help task, the escalation stop): an answer is never durable while its stop is
 * not, whatever fails between them. A redelivered reply changes no answer and repeats only the stop.
 */
@Component
class Replies {

    private final Jdbc jdbc;
    private final Answers answers;
    private final EscalationStops escalation;
    private final List<OtherQuestions> others;

    Replies(Jdbc jdbc, Answers answers, EscalationStops escalation, List<OtherQuestions> others) {
        this.jdbc = jdbc;
        this.answers = answers;
        this.escalation = escalation;
        this.others = others;
    }

    /** A reply and its index in the poll it came in. */
    record Indexed(int index, ReplyReceived reply) {}

    /**
     * Records a poll's replies. Answers to other features' questions (a call-out) go to that feature,
     * each in its own transaction, in poll order; the roll call's answers are recorded and their
     * escalations stopped (one statement) in one transaction ({@link Answers#recordAll}). If that
     * fails, they are recorded one by one: those before a reply that fails are durable, and the
     * failure names its index. Runs on a Kafka listener thread.
     */
    void recordAll(List<Indexed> all) {
        Map<UUID, OtherQuestions> elsewhere = askedElsewhere(all);
        List<Indexed> rollCall = all.stream()
                .filter(r -> !elsewhere.containsKey(r.reply().notification()))
                .toList();
        for (Indexed indexed : all) {
            OtherQuestions other = elsewhere.get(indexed.reply().notification());
            if (other == null) {
                continue;
            }
            try {
                jdbc.inTransaction(() -> {
                    answerElsewhere(other, indexed.reply());
                    return null;
                });
            } catch (RuntimeException e) {
                // the failure's index says the records before it were handled: make the roll call's durable first
                recordRollCall(rollCall.stream()
                        .filter(r -> r.index() < indexed.index())
                        .toList());
                throw new BatchListenerFailedException(e.getMessage(), e, indexed.index());
            }
        }
        recordRollCall(rollCall);
    }

    private void recordRollCall(List<Indexed> replies) {
        if (replies.isEmpty()) {
            return;
        }
        List<UUID> notifications =
                replies.stream().map(r -> r.reply().notification()).toList();
        try {
            jdbc.inTransaction(() -> {
                int fresh = answers.recordAll(answered(replies, answers.answerersOf(notifications)));
                escalation.answeredAll(notifications);
                return fresh;
            });
        } catch (RuntimeException batchFailed) {
            for (Indexed indexed : replies) {
                try {
                    recordRollCall(indexed.reply());
                } catch (RuntimeException e) {
                    throw new BatchListenerFailedException(e.getMessage(), e, indexed.index());
                }
            }
        }
    }

    private static List<Answers.Answered> answered(List<Indexed> replies, Map<UUID, Answerer> answerers) {
        return replies.stream()
                .map(r -> {
                    UUID notification = r.reply().notification();
                    Answerer who = answerers.get(notification);
                    if (who == null) {
                        throw new UnknownNotification(notification);
                    }
                    return new Answers.Answered(who, r.reply().toAnswer(who.personId()));
                })
                .toList();
    }

    /** Which feature asked each reply's question, for the replies to other features' questions (one query each). */
    private Map<UUID, OtherQuestions> askedElsewhere(List<Indexed> replies) {
        Map<UUID, OtherQuestions> asked = new java.util.HashMap<>();
        if (others.isEmpty() || replies.isEmpty()) {
            return asked;
        }
        List<UUID> notifications =
                replies.stream().map(r -> r.reply().notification()).toList();
        for (OtherQuestions other : others) {
            other.asked(notifications).forEach(notification -> asked.put(notification, other));
        }
        return asked;
    }

    private static void answerElsewhere(OtherQuestions other, ReplyReceived reply) {
        other.answered(
                ConsumedEvent.required(reply.eventId(), "eventId"),
                reply.notification(),
                ConsumedEvent.required(reply.answer(), "answer"),
                ConsumedEvent.required(reply.channel(), "channel"),
                ConsumedEvent.required(reply.occurredAt(), "occurredAt"));
    }

    /** Runs on a Kafka listener thread: blocks until the answer and its stop are durable. */
    void record(ReplyReceived reply) {
        OtherQuestions other = askedElsewhere(List.of(new Indexed(0, reply))).get(reply.notification());
        if (other == null) {
            recordRollCall(reply);
        } else {
            jdbc.inTransaction(() -> {
                answerElsewhere(other, reply);
                return null;
            });
        }
    }

    private void recordRollCall(ReplyReceived reply) {
        var notification = reply.notification();
        jdbc.inTransaction(() -> {
            Answerer who = answers.answererOf(notification).orElseThrow(() -> new UnknownNotification(notification));
            boolean fresh = answers.record(who, reply.toAnswer(who.personId()));
            escalation.answered(notification);
            return fresh;
        });
    }
}
