package io.muster.gateway.correlation;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an SMS reply says.
 *
 * @param choices what the answer may stand for, in order of preference: one option key ("1") or answer name
 *     ("SAFE"), or, for a word of several questions ("yes"), each answer it means: the request answers with the
 *     first it offers ("yes" is SAFE in a roll call, COMING in a call-out)
 * @param code the reply code naming one of the person's open requests, if given
 */
public record ParsedReply(List<String> choices, @Nullable String code) {

    public ParsedReply {
        choices = List.copyOf(choices);
    }

    ParsedReply(String choice, @Nullable String code) {
        this(List.of(choice), code);
    }

    /** The answer this reply gives to a request: the first of its choices the request offers. */
    public Optional<String> answerTo(OpenRequest request) {
        return choices.stream()
                .map(request::answerFor)
                .flatMap(Optional::stream)
                .findFirst();
    }
}
