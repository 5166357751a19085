package io.muster.gateway.sms;

import io.muster.gateway.correlation.CorrelationProperties;
import io.muster.gateway.correlation.OpenRequests;
import java.time.Clock;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The language to text a number back in when its reply matched no single request: the locale of the number's
 * latest request (open, or expired within the late-answer window), English for a number we never wrote to. A
 * matched reply takes its request's locale and never comes here (no extra query on the answer path).
 */
@Component
class SmsLanguage {

    private final OpenRequests requests;
    private final CorrelationProperties correlation;
    private final Clock clock;

    SmsLanguage(OpenRequests requests, CorrelationProperties correlation, Clock clock) {
        this.requests = requests;
        this.correlation = correlation;
        this.clock = clock;
    }

    Mono<SmsAnswers> of(String phone) {
        return requests.knownFor(phone, clock.instant().minus(correlation.lateAnswerWindow()))
                .next()
                .map(latest -> SmsAnswers.of(latest.locale()))
                .defaultIfEmpty(SmsAnswers.ENGLISH);
    }
}
