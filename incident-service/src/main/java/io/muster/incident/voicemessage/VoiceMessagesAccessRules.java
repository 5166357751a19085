package io.muster.incident.voicemessage;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/** The incident team and HR see who left whom a voice message, like the hotline messages. */
@Component
class VoiceMessagesAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(HttpMethod.GET, "/api/incidents/*/voice-messages")
                .hasAnyRole("TEAM", "COMMANDER", "HR");
    }
}
