package io.muster.incident.task;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** The incident team and commanders manage tasks; HR and admins may read them. */
@Component
class TaskAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.GET, "/api/incidents/*/tasks", "/api/incidents/*/tasks/*")
                .hasAnyRole("TEAM", "COMMANDER", "HR", "ADMIN")
                .pathMatchers(HttpMethod.POST, "/api/incidents/*/tasks", "/api/incidents/*/tasks/*/comments")
                .hasAnyRole("TEAM", "COMMANDER")
                .pathMatchers(HttpMethod.PATCH, "/api/incidents/*/tasks/*")
                .hasAnyRole("TEAM", "COMMANDER");
    }
}
