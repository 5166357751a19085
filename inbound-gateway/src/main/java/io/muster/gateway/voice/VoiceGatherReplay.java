package io.muster.gateway.voice;

import io.muster.gateway.inbound.InboundKind;
import io.muster.gateway.spool.SpooledWebhook;
import io.muster.gateway.spool.WebhookReplay;
import io.muster.gateway.token.TokenRequests;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import reactor.core.publisher.Mono;

/**
 * Spooled keypad answers go through {@link VoiceAnswers} like live ones: the token is resolved and the press
 * logged and published once (the inbound log's reference is the call and its prompt). The TwiML it makes is no
 * longer wanted: the caller was thanked and the call ended while the database was away.
 */
@Component
class VoiceGatherReplay implements WebhookReplay {

    private static final String KIND = InboundKind.VOICE_GATHER.name();

    private final TokenRequests tokens;
    private final VoiceAnswers answers;

    VoiceGatherReplay(TokenRequests tokens, VoiceAnswers answers) {
        this.tokens = tokens;
        this.answers = answers;
    }

    static SpooledWebhook spooled(String token, GatheredDigits pressed) {
        Map<String, String> query = new HashMap<>();
        query.put("token", token);
        if (pressed.prompt() != null) {
            query.put("prompt", pressed.prompt().toString());
        }
        return new SpooledWebhook(KIND, pressed.providerReference(), query, pressed.params());
    }

    @Override
    public Set<String> kinds() {
        return Set.of(KIND);
    }

    @Override
    public Mono<?> replay(SpooledWebhook webhook) {
        String token = webhook.query().getOrDefault("token", "");
        String prompt = webhook.query().get("prompt");
        GatheredDigits pressed = GatheredDigits.from(
                MultiValueMap.fromSingleValue(webhook.form()), prompt == null ? null : Integer.valueOf(prompt));
        return tokens.resolve(token).flatMap(resolved -> answers.handle(resolved, token, pressed));
    }
}
