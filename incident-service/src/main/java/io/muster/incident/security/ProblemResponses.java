package io.muster.incident.security;

import io.muster.incident.web.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 401, 403, 429 (throttled login), 503 (identity provider down, logins queue full) and the
 * firewall's 400 as problem details, like every other error.
 */
@Component
class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    private final ProblemWriter problems;
    private final JwtProperties jwt;

    ProblemResponses(ProblemWriter problems, JwtProperties jwt) {
        this.problems = problems;
        this.jwt = jwt;
    }

    ServerAuthenticationEntryPoint unauthenticated() {
        return (exchange, e) -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            if (e instanceof LoginThrottled throttled) {
                headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
                return write(
                        exchange,
                        HttpStatus.TOO_MANY_REQUESTS,
                        "too-many-attempts",
                        "Too many failed logins; try again later");
            }
            if (e instanceof LoginBusy) {
                headers.set(HttpHeaders.RETRY_AFTER, "1");
                return write(
                        exchange,
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "logins-busy",
                        "Too many logins at once; try again in a moment");
            }
            if (!Browsers.isBrowser(exchange.getRequest())) {
                headers.set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"muster\"");
                if (jwt.enabled()) {
                    headers.add(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"muster\"");
                }
            }
            return write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required");
        };
    }

    /**
     * A bearer token that could not be checked because the identity provider's keys are out of
     * reach is the provider's outage, not the caller's fault: 503, so clients can tell it from a
     * bad token (and staff can switch to a break-glass account).
     */
    ServerAuthenticationFailureHandler bearerFailures() {
        ServerAuthenticationEntryPoint unauthenticated = unauthenticated();
        return (filterExchange, e) -> {
            ServerWebExchange exchange = filterExchange.getExchange();
            if (e instanceof AuthenticationServiceException) {
                log.warn("Bearer token not checked, identity provider unreachable: {}", e.getMessage());
                return write(
                        exchange,
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "identity-provider-unavailable",
                        "The identity provider cannot be reached; try again later or use a local account");
            }
            return unauthenticated.commence(exchange, e);
        };
    }

    ServerAccessDeniedHandler forbidden() {
        return (exchange, e) -> write(exchange, HttpStatus.FORBIDDEN, "forbidden", "Your role may not do this");
    }

    /** The firewall's refusal (an encoded slash, a dot segment, a header it will not pass). */
    ServerExchangeRejectedHandler rejected() {
        return (exchange, e) -> write(
                exchange, HttpStatus.BAD_REQUEST, "rejected-request", "The request's path or headers are not accepted");
    }

    Mono<Void> crossSite(ServerWebExchange exchange) {
        return write(
                exchange,
                HttpStatus.FORBIDDEN,
                "cross-site-request",
                "Requests that change something must come from the console's own origin");
    }

    private Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String slug, String detail) {
        return problems.write(exchange, status, slug, status.getReasonPhrase(), detail);
    }
}
