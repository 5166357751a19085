package io.muster.gateway.token;

import io.muster.gateway.correlation.OpenRequests;
import io.muster.tokens.TokenCheck;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Resolves an answer token to its request in the correlation index, so a token is only good for
 * the one person and incident it was minted for.
 */
@Component
public class TokenRequests {

    private final AnswerTokens tokens;
    private final OpenRequests requests;

    TokenRequests(AnswerTokens tokens, OpenRequests requests) {
        this.tokens = tokens;
        this.requests = requests;
    }

    public Mono<TokenRequest> resolve(String token) {
        return switch (tokens.check(token)) {
            case TokenCheck.Valid valid ->
                requests.byNotificationId(valid.notificationId())
                        .<TokenRequest>map(TokenRequest.Open::new)
                        .defaultIfEmpty(new TokenRequest.Unknown());
            case TokenCheck.Expired expired -> Mono.just(new TokenRequest.Expired());
            case TokenCheck.Invalid invalid -> Mono.just(new TokenRequest.Unknown());
        };
    }
}
