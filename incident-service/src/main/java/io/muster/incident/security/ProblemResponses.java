package io.muster.incident.security;

import io.muster.incident.api.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** 401, 403, 429 (throttled login) and 503 (identity provider down) as problem details, like every other error. */
@Component
class ProblemResponses {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

    private final JsonMapper json;
    private final JwtProperties jwt;

    ProblemResponses(JsonMapper json, JwtProperties jwt) {
        this.json = json;
        this.jwt = jwt;
    }

    ServerAuthenticationEntryPoint unauthenticated() {
        return (exchange, e) -> {
            if (e instanceof LoginThrottled throttled) {
                exchange.getResponse()
                        .getHeaders()
                        .set(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
                return write(
                        exchange,
                        HttpStatus.TOO_MANY_REQUESTS,
                        "too-many-attempts",
                        "Too many failed logins; try again later");
            }
            // The console signs in with fetch(); a Basic challenge would make the browser pop up
            // its own login dialog, so scripted callers that say so get the problem without it.
            if (!"XMLHttpRequest".equals(exchange.getRequest().getHeaders().getFirst("X-Requested-With"))) {
                HttpHeaders headers = exchange.getResponse().getHeaders();
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

    private Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String slug, String detail) {
        var problem = Problems.of(status, slug, status.getReasonPhrase(), detail);
        problem.setInstance(exchange.getRequest().getURI());
        var response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = json.writeValueAsBytes(problem);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
