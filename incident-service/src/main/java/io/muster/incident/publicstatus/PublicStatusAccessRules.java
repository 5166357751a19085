package io.muster.incident.publicstatus;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** The status page, status.json, the feed and public CAP documents need no login; internal CAP needs the team. */
@Component
class PublicStatusAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.GET, "/status", "/status.json", "/status/feed.atom", "/status/cap/*")
                .permitAll()
                .pathMatchers(HttpMethod.GET, "/api/incidents/*/statements/*/cap.xml")
                .hasAnyRole("COMMANDER", "TEAM", "SPOKESPERSON", "ADMIN");
    }
}
