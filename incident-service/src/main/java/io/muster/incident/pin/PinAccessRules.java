package io.muster.incident.pin;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * Every signed-in person may see whether they have a hotline PIN and set their own (the object rule, only their
 * own directory person, is in {@link HotlinePinController}); HR and ADMIN reset anyone's.
 */
@Component
class PinAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.GET, "/api/me/hotline-pin")
                .authenticated()
                .pathMatchers(HttpMethod.PUT, "/api/me/hotline-pin")
                .authenticated()
                .pathMatchers(HttpMethod.POST, "/api/people/*/hotline-pin/reset")
                .hasAnyRole("HR", "ADMIN");
    }
}
