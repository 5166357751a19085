package io.muster.incident.statement;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * The incident team (TEAM, COMMANDER, SPOKESPERSON) drafts, approves and may try to publish; who
 * actually publishes is decided per incident (the designated spokesperson), not by login role.
 */
@Component
class StatementAccessRules implements AccessRules {

    private static final String[] TEAM = {"COMMANDER", "TEAM", "SPOKESPERSON"};

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.GET, "/api/incidents/*/statements", "/api/incidents/*/statements/*")
                .hasAnyRole("COMMANDER", "TEAM", "SPOKESPERSON", "ADMIN")
                .pathMatchers(HttpMethod.POST, "/api/incidents/*/statements")
                .hasAnyRole(TEAM)
                .pathMatchers(HttpMethod.PUT, "/api/incidents/*/statements/*")
                .hasAnyRole(TEAM)
                .pathMatchers(
                        HttpMethod.POST,
                        "/api/incidents/*/statements/*/approvals",
                        "/api/incidents/*/statements/*/publish")
                .hasAnyRole(TEAM);
    }
}
