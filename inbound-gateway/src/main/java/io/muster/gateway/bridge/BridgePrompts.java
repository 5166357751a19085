package io.muster.gateway.bridge;

import com.twilio.twiml.voice.Say;
import io.muster.gateway.twilio.SayLanguages;
import io.muster.messages.Language;
import io.muster.messages.Messages;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the bridge says, in the person's language: the {@code bridge.*} keys of infra/messages' bundles. */
record BridgePrompts(Say.Language language, String press, String joining, String ringing) {

    private static final Map<String, BridgePrompts> BY_LANGUAGE = load(new Messages());

    static BridgePrompts of(@Nullable String locale) {
        return BY_LANGUAGE.get(Language.of(locale));
    }

    Say say(String text) {
        return new Say.Builder(text).language(language).build();
    }

    private static Map<String, BridgePrompts> load(Messages messages) {
        Map<String, BridgePrompts> prompts = new LinkedHashMap<>();
        for (String language : Language.bundled()) {
            prompts.put(
                    language,
                    new BridgePrompts(
                            SayLanguages.of(messages.text(language, "voice.say-language")),
                            messages.text(language, "bridge.press"),
                            messages.text(language, "bridge.joining"),
                            messages.text(language, "bridge.ringing")));
        }
        return Map.copyOf(prompts);
    }
}
