package io.muster.gateway.token;

import io.muster.gateway.correlation.CorrelationProperties;
import io.muster.gateway.correlation.OpenRequest;
import io.muster.gateway.correlation.OpenRequests;
import io.muster.gateway.incident.IncidentStatus;
import io.muster.gateway.incident.Incidents;
import io.muster.tokens.TokenCheck;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Resolves an answer token to its request in the correlation index, so a token is only good for the one person
 * and incident it was minted for, and tells whether that incident has closed (docs/reply-model.md).
 */
@Component
public class TokenRequests {

    private static final Duration LOOK_AGAIN = Duration.ofMillis(250);

    private final AnswerTokens tokens;
    private final OpenRequests requests;
    private final Incidents incidents;
    private final CorrelationProperties correlation;
    private final Clock clock;

    TokenRequests(
            AnswerTokens tokens,
            OpenRequests requests,
            Incidents incidents,
            CorrelationProperties correlation,
            Clock clock) {
        this.tokens = tokens;
        this.requests = requests;
        this.incidents = incidents;
        this.correlation = correlation;
        this.clock = clock;
    }

    public Mono<TokenRequest> resolve(String token) {
        return switch (tokens.check(token)) {
            case TokenCheck.Valid valid ->
                Mono.defer(() -> requests.byNotificationId(valid.notificationId()))
                        // the gateway learns of a request in parallel with the notifier that sends it, so a
                        // genuine token may be used (a call answered, a link opened) just before it is indexed
                        .repeatWhenEmpty(
                                tries -> tries.take(correlation.tokenIndexWait().dividedBy(LOOK_AGAIN))
                                        .delayElements(LOOK_AGAIN))
                        .flatMap(this::withIncident)
                        .defaultIfEmpty(new TokenRequest.Unknown());
            case TokenCheck.Expired expired -> Mono.just(new TokenRequest.Expired());
            case TokenCheck.Invalid invalid -> Mono.just(new TokenRequest.Unknown());
        };
    }

    private Mono<TokenRequest> withIncident(OpenRequest request) {
        return incidents
                .status(request.incidentId())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .map(incident -> incident.filter(IncidentStatus::closed)
                        .filter(closed -> !closed.closedWithin(correlation.lateAnswerWindow(), clock.instant()))
                        .<TokenRequest>map(closed -> new TokenRequest.Closed(request, closed))
                        .orElseGet(() -> new TokenRequest.Open(request, incident.orElse(null))));
    }
}
