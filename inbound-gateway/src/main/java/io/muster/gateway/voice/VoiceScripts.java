package io.muster.gateway.voice;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Say;
import io.muster.gateway.correlation.OpenRequest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The TwiML of a call: the message, the keypad menu, the confirmation and the apology. */
final class VoiceScripts {

    static final String GATHER_PATH = "/webhooks/twilio/voice/gather?token=";

    private VoiceScripts() {}

    /** The message then the menu; no input → the menu once more, then goodbye. */
    static VoiceResponse messageAndMenu(OpenRequest request, String token) {
        VoicePrompts prompts = VoicePrompts.of(request.locale());
        if (!request.asksForAnswer()) {
            return messageOnly(request);
        }
        return new VoiceResponse.Builder()
                .gather(gather(token, say(prompts, message(request, prompts)), say(prompts, menu(request, prompts))))
                .gather(gather(token, say(prompts, menu(request, prompts))))
                .say(say(prompts, prompts.goodbye()))
                .hangup(new Hangup.Builder().build())
                .build();
    }

    /** The menu alone, after a key the menu does not offer. */
    static VoiceResponse menuAgain(OpenRequest request, String token) {
        VoicePrompts prompts = VoicePrompts.of(request.locale());
        return new VoiceResponse.Builder()
                .gather(gather(token, say(prompts, menu(request, prompts))))
                .say(say(prompts, prompts.goodbye()))
                .hangup(new Hangup.Builder().build())
                .build();
    }

    /** What an answering machine records: the message, no menu nobody could use. */
    static VoiceResponse messageOnly(OpenRequest request) {
        VoicePrompts prompts = VoicePrompts.of(request.locale());
        return new VoiceResponse.Builder()
                .say(say(prompts, message(request, prompts)))
                .hangup(new Hangup.Builder().build())
                .build();
    }

    static VoiceResponse confirmed(OpenRequest request) {
        VoicePrompts prompts = VoicePrompts.of(request.locale());
        return new VoiceResponse.Builder()
                .say(say(prompts, prompts.thanks() + " " + prompts.goodbye()))
                .hangup(new Hangup.Builder().build())
                .build();
    }

    static VoiceResponse apology() {
        return new VoiceResponse.Builder()
                .say(new Say.Builder(VoicePrompts.APOLOGY)
                        .language(Say.Language.EN_US)
                        .build())
                .hangup(new Hangup.Builder().build())
                .build();
    }

    private static Gather gather(String token, Say... prompts) {
        var gather = new Gather.Builder().numDigits(1).action(GATHER_PATH + token);
        for (Say prompt : prompts) {
            gather = gather.say(prompt);
        }
        return gather.build();
    }

    private static String message(OpenRequest request, VoicePrompts prompts) {
        String text = Stream.of(request.subject(), request.body())
                .filter(part -> part != null && !part.isBlank())
                .map(part -> part.strip().replaceAll("[.!?]$", ""))
                .collect(Collectors.joining(". ", "", "."));
        return request.exercise() ? prompts.exercise() + " " + text : text;
    }

    private static String menu(OpenRequest request, VoicePrompts prompts) {
        return request.offeredOptions().stream().map(prompts::option).collect(Collectors.joining(" ")) + " "
                + prompts.repeat();
    }

    private static Say say(VoicePrompts prompts, String text) {
        return new Say.Builder(text).language(prompts.language()).build();
    }
}
