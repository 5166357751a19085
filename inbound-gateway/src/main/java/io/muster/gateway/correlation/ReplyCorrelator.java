package io.muster.gateway.correlation;

import io.muster.gateway.correlation.Correlation.Ambiguous;
import io.muster.gateway.correlation.Correlation.Matched;
import io.muster.gateway.correlation.Correlation.NotUnderstood;
import io.muster.gateway.correlation.Correlation.Unmatched;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Finds the open request an SMS reply answers, by the sender's number and the reply code. */
@Component
public class ReplyCorrelator {

    private final OpenRequests requests;
    private final Clock clock;

    ReplyCorrelator(OpenRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    public Mono<Correlation> correlate(String from, String body) {
        return requests.openFor(from, clock.instant()).collectList().map(open -> decide(open, ReplyParser.parse(body)));
    }

    static Correlation decide(List<OpenRequest> open, Optional<ParsedReply> reply) {
        if (open.isEmpty()) {
            return new Unmatched();
        }
        if (reply.isEmpty()) {
            return new NotUnderstood(open.getFirst().offeredOptions(), open.size() > 1);
        }
        ParsedReply parsed = reply.get();
        if (parsed.code() == null && open.size() > 1) {
            return new Ambiguous(
                    open.size(), Objects.requireNonNullElse(open.getFirst().replyCode(), ""));
        }
        return target(open, parsed)
                .map(request -> answer(request, parsed.choice()))
                .orElseGet(Unmatched::new);
    }

    private static Optional<OpenRequest> target(List<OpenRequest> open, ParsedReply parsed) {
        if (parsed.code() == null) {
            return Optional.of(open.getFirst());
        }
        return open.stream()
                .filter(request -> parsed.code().equals(request.replyCode()))
                .findFirst();
    }

    private static Correlation answer(OpenRequest request, String choice) {
        return request.answerFor(choice)
                .<Correlation>map(answer -> new Matched(request, answer))
                .orElseGet(() -> new NotUnderstood(request.offeredOptions(), false));
    }
}
