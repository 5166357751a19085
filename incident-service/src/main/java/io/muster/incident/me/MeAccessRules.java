package io.muster.incident.me;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Every signed-in person may see and answer their own requests (whatever else their role allows):
 * the object rule (only their own) is in {@link MyRequests}.
 */
@Component
class MeAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.GET, "/api/me/requests")
                .authenticated()
                .pathMatchers(HttpMethod.POST, "/api/me/requests/*/answer")
                .authenticated();
    }
}
