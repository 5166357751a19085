package io.muster.incident.security;

import io.muster.web.Routes;
import io.muster.web.UnknownRoutes;
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
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;

/**
 * Every request carries its credentials in the {@code Authorization} header: a bearer token from
 * the identity provider, HTTP Basic for the local break-glass logins, or a console session token
 * (traded once for the password). Browsers never send that header on their own, so there is no
 * cookie to forge and no CSRF token; {@link CrossSiteRequests} refuses cross-site writes besides.
 * Health is public, the API description is for logged-in callers. Each feature's {@link AccessRules}
 * come first; the rules here are the service-wide ones; an endpoint no rule names is denied, and a
 * request no endpoint serves is 401 before login and 404/405 after ({@link UnknownRoutes}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties({
    JwtProperties.class,
    LoginProperties.class,
    SessionProperties.class,
    BrowserProperties.class
})
class SecurityConfiguration {

    /**
     * The console's policy: its own scripts, styles and API only; recordings play from blob URLs.
     * Pages that set their own (the public status pages: no script at all) keep theirs.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; media-src 'self' blob:; connect-src 'self' blob:; object-src 'none';"
            + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    ServerExchangeRejectedHandler rejectedRequests(ProblemResponses problems) {
        return problems.rejected();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityWebFilterChain apiSecurity(
            ServerHttpSecurity http,
            ProblemResponses problems,
            PasswordLogins passwords,
            ConsoleSessions sessions,
            JwtProperties jwt,
            ObjectProvider<JwtLogins> jwtLogins,
            ObjectProvider<AccessRules> featureRules,
            Routes routes) {
        http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .addFilterAt(
                        BasicLogins.filter(passwords, problems.unauthenticated()), SecurityWebFiltersOrder.HTTP_BASIC)
                .addFilterAfter(
                        SessionLogins.filter(sessions, problems.unauthenticated()), SecurityWebFiltersOrder.HTTP_BASIC)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .authorizeExchange(exchanges -> {
                    featureRules.orderedStream().forEach(rules -> rules.apply(exchanges));
                    serviceWide(exchanges, routes);
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
    private static void serviceWide(ServerHttpSecurity.AuthorizeExchangeSpec exchanges, Routes routes) {
        exchanges
                .pathMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                // The description maps the whole API: only for those who may call some of it.
                .pathMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
                .authenticated()
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
                .access(new UnknownRoutes(routes));
    }
}
