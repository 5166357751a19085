package io.muster.incident.bridge;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** The incident team and HR see who is on the bridge; commanders and admins ring a missing member in. */
@Component
class BridgeAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.GET, "/api/incidents/*/bridge")
                .hasAnyRole("COMMANDER", "TEAM", "HR", "ADMIN")
                .pathMatchers(HttpMethod.POST, "/api/incidents/*/bridge/calls")
                .hasAnyRole("COMMANDER", "ADMIN");
    }
}
