package io.muster.gateway.security;

import java.net.InetSocketAddress;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerHttpBasicAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * HTTP Basic for the operator API with every attempt counted ({@link LoginThrottle}) before its bcrypt check: a
 * name or address past its limit is refused (429) without looking at the password, so guessing stays slow and a
 * flood of guesses cannot keep the CPU busy with bcrypt either.
 */
final class ThrottledLogins implements ReactiveAuthenticationManager {

    private final ReactiveAuthenticationManager passwords;
    private final LoginThrottle throttle;

    ThrottledLogins(ReactiveAuthenticationManager passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    /** Basic credentials, with the client's address as their details (what the throttle counts by). */
    static ServerAuthenticationConverter credentials() {
        ServerHttpBasicAuthenticationConverter basic = new ServerHttpBasicAuthenticationConverter();
        return exchange -> basic.convert(exchange).map(authentication -> {
            var token = (UsernamePasswordAuthenticationToken) authentication;
            token.setDetails(address(exchange));
            return token;
        });
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        return Mono.defer(() -> {
            LoginThrottle.Attempt attempt =
                    throttle.attempt(authentication.getName(), String.valueOf(authentication.getDetails()));
            if (attempt.refused()) {
                return Mono.error(new LoginThrottled(attempt.retryAfter()));
            }
            return passwords.authenticate(authentication).doOnNext(done -> attempt.succeeded()
                    .run());
        });
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null
                ? "unknown"
                : remote.getAddress().getHostAddress();
    }
}
