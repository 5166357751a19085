package io.muster.incident.voicemessage;

import io.muster.incident.security.AccessRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity.AuthorizeExchangeSpec;
import org.springframework.stereotype.Component;

/**
 * The incident team and HR see who left whom a voice message, like the hotline messages; playing one is further
 * limited to its recipients, commanders and HR (VoiceMessages#recordingFor).
 */
@Component
class VoiceMessagesAccessRules implements AccessRules {

    @Override
    public void apply(AuthorizeExchangeSpec exchanges) {
        exchanges
                .pathMatchers(
                        HttpMethod.GET, "/api/incidents/*/voice-messages", "/api/incidents/*/voice-messages/*/audio")
                .hasAnyRole("TEAM", "COMMANDER", "HR");
    }
}
