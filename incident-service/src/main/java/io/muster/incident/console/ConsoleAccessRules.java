package io.muster.incident.console;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * The console's files are public (they hold no data; every figure comes from the API with the
 * caller's credentials). Any signed-in user may ask who they are and start or end a console
 * session; staff may follow an incident live.
 */
@Component
class ConsoleAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.GET, "/", "/console", "/console/", "/console/**")
                .permitAll()
                .pathMatchers("/api/session")
                .authenticated()
                .pathMatchers(HttpMethod.GET, "/api/incidents/*/live")
                .hasAnyRole("COMMANDER", "TEAM", "HR", "SPOKESPERSON", "ADMIN");
    }
}
