package io.muster.web;

import org.springframework.security.authorization.AuthenticatedReactiveAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

/**
 * The last rule: a request no endpoint serves (an unknown path, a method its path does not take)
 * goes on to its 404 or 405 once its caller logged in, and is 401 before, like every other path, so
 * nobody can map the API without an account. An endpoint that is served but no rule names stays
 * denied: a new endpoint is closed until its feature opens it.
 */
public final class UnknownRoutes implements ReactiveAuthorizationManager<AuthorizationContext> {

    private static final AuthorizationDecision DENIED = new AuthorizationDecision(false);

    private final Routes routes;
    private final AuthenticatedReactiveAuthorizationManager<AuthorizationContext> loggedIn =
            AuthenticatedReactiveAuthorizationManager.authenticated();

    public UnknownRoutes(Routes routes) {
        this.routes = routes;
    }

    @Override
    public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
        return routes.serves(context.getExchange()) ? Mono.just(DENIED) : loggedIn.authorize(authentication, context);
    }
}
