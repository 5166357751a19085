package io.muster.incident.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;

/**
 * Stateless HTTP Basic: every request carries its credentials, so there is no session and no CSRF
 * token to protect. Health and the API description are public. Each feature's {@link AccessRules}
 * come first; the rules here are the service-wide ones; anything no rule names is denied.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityWebFilterChain apiSecurity(
            ServerHttpSecurity http, ProblemResponses problems, ObjectProvider<AccessRules> featureRules) {
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthenticated()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .authorizeExchange(exchanges -> {
                    featureRules.orderedStream().forEach(rules -> rules.apply(exchanges));
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
                            .pathMatchers(HttpMethod.GET, "/api/contact-points", "/api/contact-points/**")
                            .hasAnyRole("ADMIN", "HR")
                            .pathMatchers(
                                    HttpMethod.GET, "/api/people", "/api/people/**", "/api/sites", "/api/sites/**")
                            .hasAnyRole("ADMIN", "HR", "COMMANDER")
                            .pathMatchers(HttpMethod.GET, "/api/roles", "/api/roles/**")
                            .hasAnyRole("ADMIN", "HR", "COMMANDER")
                            .pathMatchers(
                                    "/api/people",
                                    "/api/people/**",
                                    "/api/sites",
                                    "/api/sites/**",
                                    "/api/roles",
                                    "/api/roles/**")
                            .hasRole("ADMIN")
                            .pathMatchers(HttpMethod.GET, "/api/incidents", "/api/incidents/**")
                            .hasAnyRole("COMMANDER", "HR", "SPOKESPERSON", "ADMIN")
                            .anyExchange()
                            .denyAll();
                })
                .build();
    }
}
