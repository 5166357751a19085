package io.muster.incident.security;

import java.net.InetSocketAddress;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.authentication.ServerHttpBasicAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;

/**
 * HTTP Basic for the local accounts. Built by hand rather than with {@code httpBasic()} so that the
 * login carries the client address, which {@link PasswordLogins} throttles on. Behind a proxy, set
 * {@code server.forward-headers-strategy=framework} so the address is the client's, not the proxy's.
 */
final class BasicLogins {

    private BasicLogins() {}

    static AuthenticationWebFilter filter(PasswordLogins logins, ServerAuthenticationEntryPoint entryPoint) {
        AuthenticationWebFilter filter = new AuthenticationWebFilter(logins::authenticate);
        ServerHttpBasicAuthenticationConverter basic = new ServerHttpBasicAuthenticationConverter();
        filter.setServerAuthenticationConverter(exchange -> basic.convert(exchange)
                .doOnNext(login -> ((AbstractAuthenticationToken) login).setDetails(clientAddress(exchange))));
        filter.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(entryPoint));
        return filter;
    }

    /** The client's address; a forwarded one that is no address at all reads as {@code invalid}. */
    static String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        String address = remote.getAddress() == null
                ? remote.getHostString()
                : remote.getAddress().getHostAddress();
        return address.length() > 100 || address.chars().anyMatch(Character::isISOControl) ? "invalid" : address;
    }
}
