package io.muster.incident.security;

import io.muster.incident.storage.Jdbc;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Turns a verified token into a login: roles from the configured claim, the name from the
 * username claim, the directory person from the person claim. Keys are fetched lazily (on the
 * first token), so the service starts, and its local accounts work, while the provider is down.
 */
@Component
class JwtLogins {

    private final JwtProperties properties;
    private final Jdbc jdbc;

    JwtLogins(JwtProperties properties, Jdbc jdbc) {
        this.properties = properties;
        this.jdbc = jdbc;
    }

    ReactiveJwtDecoder decoder() {
        String issuer = java.util.Objects.requireNonNull(properties.issuerUri());
        String keys = properties.jwkSetUri();
        NimbusReactiveJwtDecoder decoder = keys == null || keys.isBlank()
                ? NimbusReactiveJwtDecoder.withIssuerLocation(issuer).build()
                : NimbusReactiveJwtDecoder.withJwkSetUri(keys).build();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(issuer));
        String audience = java.util.Objects.requireNonNull(properties.audience());
        validators.add(
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        // Nimbus reports unreachable keys as IllegalStateException; as a JwtException (not a
        // BadJwtException) it becomes an AuthenticationServiceException, i.e. a 503, not a 500.
        return token -> decoder.decode(token)
                .onErrorMap(
                        e -> !(e instanceof JwtException),
                        e -> new JwtException("The identity provider's keys could not be obtained", e));
    }

    /** Not a Spring {@code Converter} bean on purpose: WebFlux would register it for request binding. */
    Mono<AbstractAuthenticationToken> login(Jwt jwt) {
        List<GrantedAuthority> authorities = roles(jwt);
        String name = Optional.ofNullable(jwt.getClaimAsString(properties.usernameClaim()))
                .orElse(jwt.getSubject());
        return personOf(jwt)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .map(person -> new JwtLogin(jwt, authorities, name, person.orElse(null)));
    }

    private List<GrantedAuthority> roles(Jwt jwt) {
        Object claim = claimAt(jwt.getClaims(), properties.rolesClaim());
        Collection<?> names = claim instanceof Collection<?> list
                ? list
                : claim instanceof String text ? List.of(text.split("\\s+")) : List.of();
        Map<String, String> mapping = properties.roleMapping();
        return names.stream()
                .map(String::valueOf)
                // With a mapping, a role the provider grants for other applications grants nothing here.
                .filter(name -> mapping.isEmpty() || mapping.containsKey(name))
                .map(name -> mapping.getOrDefault(name, name.toUpperCase(Locale.ROOT)))
                .filter(role -> role.matches("[A-Z][A-Z0-9_]{0,39}"))
                .distinct()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

    /** Follows a dotted path ({@code realm_access.roles}) through nested claim objects. */
    private static @org.jspecify.annotations.Nullable Object claimAt(Map<String, Object> claims, String path) {
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }

    private Mono<UUID> personOf(Jwt jwt) {
        String value = jwt.getClaimAsString(properties.personClaim());
        if (value == null || value.isBlank()) {
            return Mono.empty();
        }
        boolean byEmail = properties.personMatch() == JwtProperties.PersonMatch.EMAIL;
        // Anyone can put any address into an account at many providers: only a verified one names a person.
        if (byEmail && !Boolean.TRUE.equals(jwt.getClaimAsBoolean("email_verified"))) {
            return Mono.empty();
        }
        String sql = byEmail
                ? "SELECT id FROM people WHERE lower(email) = lower(?) LIMIT 1"
                : "SELECT id FROM people WHERE employee_id = ?";
        return jdbc.transactional(() ->
                        jdbc.client().sql(sql).param(value).query(UUID.class).optional())
                .flatMap(Mono::justOrEmpty);
    }
}
