package io.muster.incident.security;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Resolves the authenticated caller of the current request into a {@link CurrentUser}. */
@Component
public class CurrentUsers {

    private final DatabaseClient db;

    CurrentUsers(DatabaseClient db) {
        this.db = db;
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
        return db.sql("SELECT person_id FROM app_users WHERE username = $1")
                .bind(0, username)
                .map((row, meta) -> new CurrentUser(username, roles, row.get("person_id", UUID.class)))
                .one()
                .defaultIfEmpty(new CurrentUser(username, roles, null));
    }
}
