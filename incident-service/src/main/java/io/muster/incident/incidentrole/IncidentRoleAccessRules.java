package io.muster.incident.incidentrole;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * The response team and HR see who holds an incident's roles; commanders hand them out, and an
 * administrator may take command (the object rule is in {@link IncidentRoleController}).
 */
@Component
class IncidentRoleAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.GET, "/api/incidents/*/roles", "/api/incidents/*/roles/history")
                .hasAnyRole("COMMANDER", "TEAM", "SPOKESPERSON", "HR", "ADMIN")
                .pathMatchers(HttpMethod.PUT, "/api/incidents/*/roles/*")
                .hasAnyRole("COMMANDER", "ADMIN");
    }
}
