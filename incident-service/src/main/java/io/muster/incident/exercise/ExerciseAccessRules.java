package io.muster.incident.exercise;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** Commanders and admins schedule drills; HR also reads after-action reports. */
@Component
class ExerciseAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.POST, "/api/drills")
                .hasAnyRole("COMMANDER", "ADMIN")
                .pathMatchers(HttpMethod.GET, "/api/drills", "/api/drills/*")
                .hasAnyRole("COMMANDER", "ADMIN")
                .pathMatchers(HttpMethod.DELETE, "/api/drills/*")
                .hasAnyRole("COMMANDER", "ADMIN")
                .pathMatchers(HttpMethod.GET, "/api/incidents/*/after-action", "/api/incidents/*/after-action.html")
                .hasAnyRole("COMMANDER", "HR", "ADMIN");
    }
}
