package io.muster.gateway.voice;

import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Say;
import io.muster.gateway.bridge.Bridge;
import io.muster.gateway.correlation.OpenRequest;
import java.util.stream.Collectors;

/**
 * The TwiML of a call: the message, the keypad menu, the confirmation and the apology. Every menu is a new
 * keypad prompt, numbered in its action URL ({@code prompt}): a key pressed at one prompt is one answer, so a
 * provider retrying that webhook changes nothing, while a key pressed at the next prompt is a changed answer.
 */
final class VoiceScripts {

    static final String GATHER_PATH = "/webhooks/twilio/voice/gather?token=";

    private VoiceScripts() {}

    /** The message then the menu (prompt {@code prompt}); no input → the menu once more, then goodbye. */
    static VoiceResponse messageAndMenu(OpenRequest request, String token, int prompt) {
        return messageAndMenu(request, token, prompt, false);
    }

    /** The same, with "press 8 to join the crisis bridge" in the menu when the person was invited to it. */
    static VoiceResponse messageAndMenu(OpenRequest request, String token, int prompt, boolean bridge) {
        VoicePrompts prompts = VoicePrompts.of(request.locale());
        if (!request.asksForAnswer()) {
            return messageOnly(request);
        }
        return new VoiceResponse.Builder()
                .gather(gather(
                        token,
                        prompt,
                        say(prompts, VoiceMessages.of(request, prompts)),
                        say(prompts, menu(request, prompts, bridge))))
                .gather(gather(token, prompt, say(prompts, menu(request, prompts, bridge))))
                .say(say(prompts, prompts.goodbye()))
                .hangup(new Hangup.Builder().build())
                .build();
    }

    /** The menu alone, after a key the menu does not offer. */
    static VoiceResponse menuAgain(OpenRequest request, String token, int prompt) {
        return menuAgain(request, token, prompt, false);
    }

    static VoiceResponse menuAgain(OpenRequest request, String token, int prompt, boolean bridge) {
        VoicePrompts prompts = VoicePrompts.of(request.locale());
        return new VoiceResponse.Builder()
                .gather(gather(token, prompt, say(prompts, menu(request, prompts, bridge))))
                .say(say(prompts, prompts.goodbye()))
                .hangup(new Hangup.Builder().build())
                .build();
    }

    /** What an answering machine records: the message, no menu nobody could use. */
    static VoiceResponse messageOnly(OpenRequest request) {
        VoicePrompts prompts = VoicePrompts.of(request.locale());
        return new VoiceResponse.Builder()
                .say(say(prompts, VoiceMessages.of(request, prompts)))
                .hangup(new Hangup.Builder().build())
                .build();
    }

    /** The thanks, then one more chance to change the answer (prompt {@code prompt}), then goodbye. */
    static VoiceResponse confirmed(OpenRequest request, String token, int prompt) {
        return confirmed(request, token, prompt, false);
    }

    static VoiceResponse confirmed(OpenRequest request, String token, int prompt, boolean bridge) {
        VoicePrompts prompts = VoicePrompts.of(request.locale());
        String options = options(request, prompts) + bridge(request, bridge);
        return new VoiceResponse.Builder()
                .say(say(prompts, prompts.thanks()))
                .gather(gather(token, prompt, say(prompts, prompts.changeAnswer() + " " + options)))
                .say(say(prompts, prompts.goodbye()))
                .hangup(new Hangup.Builder().build())
                .build();
    }

    /**
     * The answer to a key pressed while the database is away (the press is spooled and recorded once it is
     * back): thanks and goodbye, in English, since the person's language, the options and the message are in
     * the database. The call ends: a menu to change the answer would need them too.
     */
    static VoiceResponse keptWhileAway() {
        VoicePrompts prompts = VoicePrompts.ENGLISH;
        return new VoiceResponse.Builder()
                .say(say(prompts, prompts.thanks() + " " + prompts.goodbye()))
                .hangup(new Hangup.Builder().build())
                .build();
    }

    static VoiceResponse apology() {
        return new VoiceResponse.Builder()
                .say(new Say.Builder(VoicePrompts.APOLOGY)
                        .language(VoicePrompts.ENGLISH.language())
                        .build())
                .hangup(new Hangup.Builder().build())
                .build();
    }

    private static Gather gather(String token, int prompt, Say... prompts) {
        var gather = new Gather.Builder().numDigits(1).action(GATHER_PATH + token + "&prompt=" + prompt);
        for (Say said : prompts) {
            gather = gather.say(said);
        }
        return gather.build();
    }

    private static String menu(OpenRequest request, VoicePrompts prompts, boolean bridge) {
        return options(request, prompts) + bridge(request, bridge) + " " + prompts.repeat();
    }

    private static String bridge(OpenRequest request, boolean bridge) {
        return bridge ? " " + Bridge.invitation(request.locale()) : "";
    }

    private static String options(OpenRequest request, VoicePrompts prompts) {
        return request.offeredOptions().stream().map(prompts::option).collect(Collectors.joining(" "));
    }

    private static Say say(VoicePrompts prompts, String text) {
        return new Say.Builder(text).language(prompts.language()).build();
    }
}
