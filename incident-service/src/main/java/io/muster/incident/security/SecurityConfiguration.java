package io.muster.incident.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;

/**
 * Stateless: every request carries its credentials (a bearer token from the identity provider, or
 * HTTP Basic for the local break-glass accounts), so there is no session and no CSRF token to
 * protect. Health and the API description are public. Each feature's {@link AccessRules} come
 * first; the rules here are the service-wide ones; anything no rule names is denied.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties({JwtProperties.class, LoginProperties.class})
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityWebFilterChain apiSecurity(
            ServerHttpSecurity http,
            ProblemResponses problems,
            PasswordLogins passwords,
            JwtProperties jwt,
            ObjectProvider<JwtLogins> jwtLogins,
            ObjectProvider<AccessRules> featureRules) {
        http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .addFilterAt(
                        BasicLogins.filter(passwords, problems.unauthenticated()), SecurityWebFiltersOrder.HTTP_BASIC)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .authorizeExchange(exchanges -> {
                    featureRules.orderedStream().forEach(rules -> rules.apply(exchanges));
                    serviceWide(exchanges);
                });
        if (jwt.enabled()) {
            JwtLogins logins = jwtLogins.getObject();
            http.oauth2ResourceServer(server -> server.authenticationEntryPoint(problems.unauthenticated())
                    .authenticationFailureHandler(problems.bearerFailures())
                    .jwt(tokens -> tokens.jwtDecoder(logins.decoder()).jwtAuthenticationConverter(logins::login)));
        }
        return http.build();
    }

    /** The core endpoints' rules; {@code access-matrix/core.csv} (tests) is the same table. */
    private static void serviceWide(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(
                        "/actuator/health",
                        "/actuator/health/**",
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/v3/api-docs.yaml")
                .permitAll()
                .pathMatchers(HttpMethod.POST, "/api/incidents", "/api/incidents/*/close")
                .hasAnyRole("COMMANDER", "ADMIN")
                .pathMatchers("/api/call-trees", "/api/call-trees/**")
                .hasAnyRole("COMMANDER", "ADMIN")
                .pathMatchers(HttpMethod.GET, "/api/contact-points")
                .hasAnyRole("ADMIN", "HR")
                .pathMatchers(
                        HttpMethod.GET, "/api/people", "/api/people/*", "/api/sites", "/api/sites/*", "/api/roles")
                .hasAnyRole("ADMIN", "HR", "COMMANDER")
                .pathMatchers(HttpMethod.POST, "/api/people", "/api/people/import", "/api/sites", "/api/roles")
                .hasRole("ADMIN")
                .pathMatchers(HttpMethod.PUT, "/api/people/*", "/api/people/*/roles", "/api/sites/*")
                .hasRole("ADMIN")
                .pathMatchers(HttpMethod.DELETE, "/api/people/*", "/api/sites/*", "/api/roles/*")
                .hasRole("ADMIN")
                // Only the incident list and one incident: each feature names its own sub-paths.
                .pathMatchers(HttpMethod.GET, "/api/incidents", "/api/incidents/*")
                .hasAnyRole("COMMANDER", "TEAM", "HR", "SPOKESPERSON", "ADMIN")
                .anyExchange()
                .denyAll();
    }
}
