package io.muster.incident.accountability;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** HR, commanders and admins read accountability; HR and commanders update it and send reminders. */
@Component
class AccountabilityAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(
                        HttpMethod.GET,
                        "/api/incidents/*/accountability",
                        "/api/incidents/*/accountability/people",
                        "/api/incidents/*/accountability/people.csv",
                        "/api/incidents/*/accountability/*/history",
                        "/api/incidents/*/reminders/schedule")
                .hasAnyRole("HR", "COMMANDER", "ADMIN")
                .pathMatchers(HttpMethod.POST, "/api/incidents/*/accountability/*", "/api/incidents/*/reminders")
                .hasAnyRole("HR", "COMMANDER")
                .pathMatchers(HttpMethod.PUT, "/api/incidents/*/reminders/schedule")
                .hasAnyRole("HR", "COMMANDER");
    }
}
