package io.muster.incident.audit;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** Commanders and admins read an incident's audit trail; only admins search across incidents. */
@Component
class AuditAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.GET, "/api/incidents/*/audit")
                .hasAnyRole("COMMANDER", "ADMIN")
                .pathMatchers(HttpMethod.GET, "/api/audit")
                .hasRole("ADMIN");
    }
}
