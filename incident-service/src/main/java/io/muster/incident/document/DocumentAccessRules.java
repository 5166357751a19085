package io.muster.incident.document;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Response documents (recovery steps, vendor contacts) are for the incident team, its commander
 * and admins only; HR, spokespeople and employees do not see them.
 */
@Component
class DocumentAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.POST, "/api/incident-types/*/documents")
                .hasAnyRole("TEAM", "COMMANDER", "ADMIN")
                .pathMatchers(
                        HttpMethod.GET,
                        "/api/incident-types/*/documents",
                        "/api/incident-types/*/documents/*",
                        "/api/incident-types/*/documents/*/versions",
                        "/api/incident-types/*/documents/*/versions/*",
                        "/api/incidents/*/documents")
                .hasAnyRole("TEAM", "COMMANDER", "ADMIN");
    }
}
