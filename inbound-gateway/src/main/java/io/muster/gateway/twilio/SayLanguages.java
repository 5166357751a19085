package io.muster.gateway.twilio;

import com.twilio.twiml.voice.Say;
import java.util.Arrays;

/** Twilio's {@code <Say language>} from the tag a message bundle names ({@code voice.say-language=fr-FR}). */
public final class SayLanguages {

    private SayLanguages() {}

    /** The language Twilio reads {@code tag} as; an unknown tag is a bundle error, found at startup. */
    public static Say.Language of(String tag) {
        return Arrays.stream(Say.Language.values())
                .filter(language -> language.toString().equals(tag))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Twilio cannot say " + tag));
    }
}
