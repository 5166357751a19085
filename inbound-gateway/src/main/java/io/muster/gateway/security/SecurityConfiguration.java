package io.muster.gateway.security;

import io.muster.web.Routes;
import io.muster.web.UnknownRoutes;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UserDetailsRepositoryReactiveAuthenticationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Stateless HTTP Basic for {@code /api/**} and the API description only, throttled ({@link ThrottledLogins}):
 * webhooks (signed), answer pages (the token is the credential) and health are outside this chain and stay as
 * they were. No session, so no CSRF token. An endpoint no rule names is denied; a request under {@code /api} no
 * endpoint serves is 401 before login and 404/405 after ({@link UnknownRoutes}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    MapReactiveUserDetailsService operators(OperatorsProperties properties) {
        var users = properties.operators().stream()
                .map(operator -> User.withUsername(operator.username())
                        .password(operator.password())
                        .roles(operator.roles().stream().map(Enum::name).toArray(String[]::new))
                        .build())
                .toList();
        // an empty map is refused by the service: an account nobody can log in with stands in
        return users.isEmpty() ? new MapReactiveUserDetailsService(nobody()) : new MapReactiveUserDetailsService(users);
    }

    @Bean
    SecurityWebFilterChain apiSecurity(
            ServerHttpSecurity http,
            ProblemResponses problems,
            MapReactiveUserDetailsService operators,
            PasswordEncoder passwords,
            OperatorLoginsProperties logins,
            Clock clock,
            Routes routes) {
        var checked = new UserDetailsRepositoryReactiveAuthenticationManager(operators);
        checked.setPasswordEncoder(passwords);
        var basic = new AuthenticationWebFilter(new ThrottledLogins(checked, new LoginThrottle(logins, clock)));
        basic.setServerAuthenticationConverter(ThrottledLogins.credentials());
        basic.setAuthenticationFailureHandler(
                new ServerAuthenticationEntryPointFailureHandler(problems.unauthenticated()));
        basic.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
        return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers(
                        "/api/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml"))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .addFilterAt(basic, SecurityWebFiltersOrder.HTTP_BASIC)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.GET, "/api/inbound")
                        .hasAnyRole("OPERATOR", "HR", "COMMANDER")
                        .pathMatchers(HttpMethod.POST, "/api/inbound/*/attach")
                        .hasAnyRole("OPERATOR", "HR")
                        .pathMatchers(HttpMethod.GET, "/api/hotline-messages")
                        .hasAnyRole("OPERATOR", "HR", "COMMANDER")
                        .pathMatchers(HttpMethod.POST, "/api/hotline-messages/*/attach")
                        .hasAnyRole("OPERATOR", "HR")
                        .pathMatchers(HttpMethod.GET, "/api/quarantined-mails")
                        .hasRole("OPERATOR")
                        .pathMatchers(HttpMethod.GET, "/api/incidents/*/bridge")
                        .hasAnyRole("OPERATOR", "HR", "COMMANDER")
                        .pathMatchers(HttpMethod.POST, "/api/incidents/*/bridge/calls")
                        .hasAnyRole("OPERATOR", "COMMANDER")
                        .pathMatchers(HttpMethod.GET, "/api/incidents/*/voice-messages")
                        .hasAnyRole("OPERATOR", "HR", "COMMANDER")
                        // The description maps the operator API: only for operators.
                        .pathMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
                        .authenticated()
                        .anyExchange()
                        .access(new UnknownRoutes(routes)))
                .build();
    }

    private static UserDetails nobody() {
        return User.withUsername("nobody")
                .password("{noop}")
                .roles()
                .disabled(true)
                .build();
    }
}
