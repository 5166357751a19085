package io.muster.gateway.correlation;

import io.muster.gateway.correlation.Correlation.Ambiguous;
import io.muster.gateway.correlation.Correlation.Matched;
import io.muster.gateway.correlation.Correlation.NotUnderstood;
import io.muster.gateway.correlation.Correlation.SharedNumber;
import io.muster.gateway.correlation.Correlation.Unmatched;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Finds the request an SMS reply answers, by the sender's number and the reply code. Only a
 * certain match is taken: a bare answer needs exactly one open request (of one person); a code
 * must name exactly one request, open first, else one expired within the late window (a late answer).
 */
@Component
public class ReplyCorrelator {

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
        Instant now = clock.instant();
        return requests.knownForEach(
                        replies.stream().map(TextReply::from).toList(), now.minus(properties.lateAnswerWindow()))
                .map(known -> IntStream.range(0, replies.size())
                        .mapToObj(i ->
                                correlated(known.get(i), now, replies.get(i).body()))
                        .toList());
    }

    private static Correlated correlated(List<OpenRequest> known, Instant now, String body) {
        return new Correlated(
                decide(known, now, ReplyParser.parse(body)),
                known.isEmpty() ? null : known.getFirst().locale());
    }

    static Correlation decide(List<OpenRequest> known, Instant now, Optional<ParsedReply> reply) {
        List<OpenRequest> open = known.stream().filter(r -> r.isOpenAt(now)).toList();
        if (reply.isEmpty()) {
            return open.isEmpty()
                    ? new Unmatched(Unmatched.NO_OPEN_REQUEST)
                    : new NotUnderstood(open.getFirst().offeredOptions(), open.size() > 1);
        }
        ParsedReply parsed = reply.get();
        return parsed.code() == null ? bare(open, parsed.choice()) : byCode(known, open, parsed);
    }

    private static Correlation bare(List<OpenRequest> open, String choice) {
        if (open.isEmpty()) {
            return new Unmatched(Unmatched.NO_OPEN_REQUEST);
        }
        long people = people(open);
        if (people > 1) {
            return new SharedNumber((int) people);
        }
        if (open.size() > 1) {
            return new Ambiguous(
                    open.size(), Objects.requireNonNullElse(open.getFirst().replyCode(), ""));
        }
        return answer(open.getFirst(), choice, false);
    }

    private static Correlation byCode(List<OpenRequest> known, List<OpenRequest> open, ParsedReply parsed) {
        List<OpenRequest> openWithCode = withCode(open, parsed.code());
        if (openWithCode.size() == 1) {
            return answer(openWithCode.getFirst(), parsed.choice(), false);
        }
        if (openWithCode.size() > 1) {
            return new SharedNumber((int) people(openWithCode));
        }
        List<OpenRequest> expiredWithCode =
                withCode(known.stream().filter(r -> !open.contains(r)).toList(), parsed.code());
        if (expiredWithCode.size() == 1) {
            return answer(expiredWithCode.getFirst(), parsed.choice(), true);
        }
        return new Unmatched(known.isEmpty() ? Unmatched.NO_OPEN_REQUEST : Unmatched.UNKNOWN_CODE);
    }

    private static List<OpenRequest> withCode(List<OpenRequest> requests, String code) {
        return requests.stream().filter(r -> code.equals(r.replyCode())).toList();
    }

    private static long people(List<OpenRequest> requests) {
        return requests.stream().map(OpenRequest::personId).distinct().count();
    }

    private static Correlation answer(OpenRequest request, String choice, boolean late) {
        return request.answerFor(choice)
                .<Correlation>map(answer -> new Matched(request, answer, late))
                .orElseGet(() -> new NotUnderstood(request.offeredOptions(), false));
    }
}
