package io.muster.incident.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import reactor.core.publisher.Mono;

/**
 * {@code Authorization: Session <token>}: the console's requests after sign-in. A token that is not
 * (or no longer) a live session is a 401, like a wrong password.
 */
final class SessionLogins {

    private SessionLogins() {}

    static AuthenticationWebFilter filter(ConsoleSessions sessions, ServerAuthenticationEntryPoint entryPoint) {
        AuthenticationWebFilter filter = new AuthenticationWebFilter(
                (Authentication presented) -> sessions.user(String.valueOf(presented.getCredentials()))
                        .<Authentication>map(user ->
                                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()))
                        .switchIfEmpty(Mono.error(new BadCredentialsException("No such session"))));
        filter.setServerAuthenticationConverter(
                exchange -> Mono.justOrEmpty(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION))
                        .flatMap(header -> Mono.justOrEmpty(ConsoleSessions.tokenOf(header)))
                        .map(token -> UsernamePasswordAuthenticationToken.unauthenticated("session", token)));
        filter.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(entryPoint));
        return filter;
    }
}
