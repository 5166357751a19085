package io.muster.gateway.correlation;

import io.muster.gateway.correlation.Correlation.Ambiguous;
import io.muster.gateway.correlation.Correlation.Matched;
import io.muster.gateway.correlation.Correlation.NotUnderstood;
import io.muster.gateway.correlation.Correlation.OpenAlert;
import io.muster.gateway.correlation.Correlation.SharedNumber;
import io.muster.gateway.correlation.Correlation.Unmatched;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Finds the question an SMS reply answers, by the sender's number and the reply code (docs/reply-model.md).
 * A question is every asking request of one incident to one person; requests that ask nothing never
 * compete. Only a certain match is taken: a bare answer needs exactly one open question of one person; a
 * code must name exactly one question, an open one first, else one whose incident closed within the
 * late-answer window (a late answer).
 */
@Component
public class ReplyCorrelator {

    /**
     * The incident-service's clock and ours may disagree a little: a request counts as issued before a reply
     * if its issue time is at most this much after the reply's arrival.
     */
    static final Duration CLOCK_SLACK = Duration.ofMinutes(1);

    private final OpenRequests requests;
    private final CorrelationProperties properties;
    private final Clock clock;

    ReplyCorrelator(OpenRequests requests, CorrelationProperties properties, Clock clock) {
        this.requests = requests;
        this.properties = properties;
        this.clock = clock;
    }

    /** A text reply: the number it came from and what it says. */
    public record TextReply(String from, String body) {}

    /**
     * What each reply of a batch answers, in order, with one lookup for all their numbers; with it, the
     * locale of the number's latest request, the language to text an unanswered reply back in.
     */
    public Mono<List<Correlated>> correlateAll(List<TextReply> replies) {
        return correlate(replies, clock.instant());
    }

    /**
     * What a reply answers as at the time it was received, with what is indexed now: a held reply,
     * correlated again once more requests are known. Only requests issued by then can be what it answers.
     */
    public Mono<Correlated> correlateAsReceived(TextReply reply, Instant receivedAt) {
        return correlate(List.of(reply), receivedAt).map(List::getFirst);
    }

    private Mono<List<Correlated>> correlate(List<TextReply> replies, Instant at) {
        if (replies.isEmpty()) {
            return Mono.just(List.of());
        }
        Duration window = properties.lateAnswerWindow();
        return requests.knownForEach(
                        replies.stream().map(TextReply::from).toList(), at.minus(window), at.plus(CLOCK_SLACK))
                .map(known -> IntStream.range(0, replies.size())
                        .mapToObj(
                                i -> correlated(known.get(i), at, replies.get(i).body(), window))
                        .toList());
    }

    private static Correlated correlated(List<KnownRequest> known, Instant at, String body, Duration window) {
        return new Correlated(
                decide(known, at, ReplyParser.parse(body), window),
                known.isEmpty() ? null : known.getFirst().request().locale());
    }

    static Correlation decide(List<KnownRequest> known, Instant at, Optional<ParsedReply> reply, Duration window) {
        List<Question> questions = Question.of(known);
        List<Question> open = questions.stream().filter(q -> q.openAt(at)).toList();
        if (reply.isEmpty()) {
            return open.isEmpty()
                    ? new Unmatched(Unmatched.NO_OPEN_REQUEST, false)
                    : new NotUnderstood(open.getFirst().newest().offeredOptions(), open.size() > 1);
        }
        ParsedReply parsed = reply.get();
        if (parsed.code() == null) {
            return bare(open, parsed, at);
        }
        List<Question> closedLately = questions.stream()
                .filter(q -> q.closedSince(at.minus(window), at))
                .toList();
        return byCode(open, closedLately, parsed, at, known.isEmpty());
    }

    private static Correlation bare(List<Question> open, ParsedReply choice, Instant at) {
        if (open.isEmpty()) {
            return new Unmatched(Unmatched.NO_OPEN_REQUEST, true);
        }
        long people = people(open);
        if (people > 1) {
            return new SharedNumber((int) people);
        }
        if (open.size() > 1) {
            return new Ambiguous(open.stream()
                    .map(question -> new OpenAlert(keyFor(question, choice), question.code(), question.title()))
                    .toList());
        }
        Question question = open.getFirst();
        return answer(question, question.newest(), choice, at);
    }

    private static Correlation byCode(
            List<Question> open, List<Question> closedLately, ParsedReply parsed, Instant at, boolean nothingKnown) {
        for (List<Question> candidates : List.of(open, closedLately)) {
            List<Question> named =
                    candidates.stream().filter(q -> q.hasCode(parsed.code())).toList();
            if (named.size() == 1) {
                Question question = named.getFirst();
                return answer(question, question.newestWithCode(parsed.code()), parsed, at);
            }
            if (named.size() > 1) {
                return new SharedNumber((int) people(named));
            }
        }
        return new Unmatched(nothingKnown ? Unmatched.NO_OPEN_REQUEST : Unmatched.UNKNOWN_CODE, true);
    }

    private static long people(List<Question> questions) {
        return questions.stream().map(Question::personId).distinct().count();
    }

    /** The key the person's answer has in this question ("SAFE" is "1"); their own key otherwise. */
    private static String keyFor(Question question, ParsedReply choice) {
        List<ReplyOption> offered = question.newest().offeredOptions();
        return choice.answerTo(question.newest())
                .flatMap(answer -> offered.stream()
                        .filter(option -> answer.equals(option.answer()))
                        .findFirst())
                .map(ReplyOption::key)
                .orElse(offered.getFirst().key());
    }

    /**
     * The answer on {@code request}: the question's newest one for a bare answer, else the newest with the code
     * (a call-out's code names the call-out even when the roll call of its incident was sent later).
     */
    private static Correlation answer(Question question, OpenRequest request, ParsedReply choice, Instant at) {
        return choice.answerTo(request)
                .<Correlation>map(answer -> new Matched(request, answer, question.lateAt(at, request)))
                .orElseGet(() -> new NotUnderstood(request.offeredOptions(), false));
    }
}
