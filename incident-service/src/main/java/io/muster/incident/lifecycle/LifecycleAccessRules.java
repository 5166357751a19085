package io.muster.incident.lifecycle;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** Commanders move an incident through its lifecycle and change its severity and type; staff read the history. */
@Component
class LifecycleAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.PATCH, "/api/incidents/*")
                .hasRole("COMMANDER")
                .pathMatchers(HttpMethod.GET, "/api/incidents/*/changes")
                .hasAnyRole("COMMANDER", "TEAM", "HR", "SPOKESPERSON", "ADMIN");
    }
}
