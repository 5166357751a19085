package io.muster.gateway.security;

import io.muster.gateway.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401, 403 and 429 (throttled logins) as problem details, like every other error of the gateway. */
@Component
class ProblemResponses {

    private final Problems problems;

    ProblemResponses(Problems problems) {
        this.problems = problems;
    }

    ServerAuthenticationEntryPoint unauthenticated() {
        return (exchange, e) -> {
            if (e instanceof LoginThrottled throttled) {
                exchange.getResponse()
                        .getHeaders()
                        .set(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
                return problems.write(
                        exchange,
                        HttpStatus.TOO_MANY_REQUESTS,
                        "too-many-attempts",
                        "Too many failed logins for this user name or from this address; try again later.");
            }
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"muster-gateway\"");
            return problems.write(
                    exchange, HttpStatus.UNAUTHORIZED, "unauthenticated", "Valid credentials are required.");
        };
    }

    ServerAccessDeniedHandler forbidden() {
        return (exchange, e) ->
                problems.write(exchange, HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this request.");
    }
}
