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

    public Mono<Correlation> correlate(String from, String body) {
        Instant now = clock.instant();
        return requests.knownFor(from, now.minus(properties.lateAnswerWindow()))
                .collectList()
                .map(known -> decide(known, now, ReplyParser.parse(body)));
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
