package io.muster.incident.security;

import io.muster.incident.storage.Jdbc;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Resolves the authenticated caller of the current request into a {@link CurrentUser}. */
@Component
public class CurrentUsers {

    private final Jdbc jdbc;

    CurrentUsers(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The caller; empty when the request is not authenticated. */
    public Mono<CurrentUser> current() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated)
                .flatMap(this::resolve);
    }

    private Mono<CurrentUser> resolve(Authentication authentication) {
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
        String username = authentication.getName();
        if (authentication.getPrincipal() instanceof MusterUser user) {
            return Mono.just(new CurrentUser(username, roles, user.personId()));
        }
        if (authentication instanceof JwtLogin jwt) {
            return Mono.just(new CurrentUser(username, roles, jwt.personId()));
        }
        return jdbc.transactional(() -> jdbc.client()
                        .sql("SELECT person_id FROM app_users WHERE username = ?")
                        .param(username)
                        .query((rs, n) -> new CurrentUser(username, roles, rs.getObject("person_id", UUID.class)))
                        .optional())
                .map(found -> found.orElseGet(() -> new CurrentUser(username, roles, null)));
    }
}
