package io.muster.incident.incidenttype;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** Admins manage incident types; all staff read them (documents under a type have rules of their own). */
@Component
class IncidentTypeAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.GET, "/api/incident-types", "/api/incident-types/*")
                .hasAnyRole("COMMANDER", "TEAM", "HR", "SPOKESPERSON", "EMPLOYEE", "ADMIN")
                .pathMatchers(HttpMethod.POST, "/api/incident-types")
                .hasRole("ADMIN")
                .pathMatchers(HttpMethod.PUT, "/api/incident-types/*")
                .hasRole("ADMIN");
    }
}
