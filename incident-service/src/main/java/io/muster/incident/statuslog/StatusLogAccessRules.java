package io.muster.incident.statuslog;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** The incident team writes the status log and sitreps; HR and the spokesperson read them too. */
@Component
class StatusLogAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.POST, "/api/incidents/*/status-updates", "/api/incidents/*/sitreps")
                .hasAnyRole("TEAM", "COMMANDER")
                .pathMatchers(
                        HttpMethod.GET,
                        "/api/incidents/*/status-updates",
                        "/api/incidents/*/status-updates/latest",
                        "/api/incidents/*/sitreps")
                .hasAnyRole("TEAM", "COMMANDER", "HR", "SPOKESPERSON");
    }
}
