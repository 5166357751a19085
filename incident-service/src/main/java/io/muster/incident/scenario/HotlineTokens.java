package io.muster.incident.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Grants the hotline's routes to a caller presenting one of {@code muster.scenarios.hotline-tokens} in
 * {@code X-Muster-Service-Token}: the inbound gateway, a machine that has checked the caller's employee
 * id and PIN, not a person with a login. Without configured tokens nobody is granted.
 */
@Component
class HotlineTokens implements ReactiveAuthorizationManager<AuthorizationContext> {

    static final String HEADER = "X-Muster-Service-Token";

    private final List<byte[]> tokens;

    HotlineTokens(ScenariosProperties properties) {
        this.tokens = properties.hotlineTokens().stream()
                .map(t -> t.getBytes(StandardCharsets.UTF_8))
                .toList();
    }

    @Override
    public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
        String presented = context.getExchange().getRequest().getHeaders().getFirst(HEADER);
        return Mono.just(new AuthorizationDecision(presented != null && matches(presented)));
    }

    private boolean matches(String presented) {
        byte[] bytes = presented.strip().getBytes(StandardCharsets.UTF_8);
        boolean matched = false;
        for (byte[] token : tokens) {
            // Every token is compared, in constant time, so the answer's timing says nothing.
            matched |= MessageDigest.isEqual(token, bytes);
        }
        return matched;
    }
}
