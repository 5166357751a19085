package io.muster.gateway.sms;

import io.muster.gateway.correlation.ReplyParser;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The carrier keywords a whole message may be (as Twilio and the carriers read them: the message is
 * the keyword alone, any case). YES is not START here: in a roll-call it is an answer (SAFE).
 */
enum SmsKeyword {
    STOP("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "ARRET"),
    START("START", "UNSTOP"),
    HELP("HELP", "INFO", "AIDE");

    private final Set<String> words;

    SmsKeyword(String... words) {
        this.words = Set.of(words);
    }

    /** The keyword this message is, with the word as sent (upper case), if it is one. */
    static Optional<Sent> in(String body) {
        String word = ReplyParser.normalised(body);
        return Arrays.stream(values())
                .filter(keyword -> keyword.words.contains(word))
                .findFirst()
                .map(keyword -> new Sent(keyword, word));
    }

    /** A keyword and the word that said it ("UNSUBSCRIBE" is STOP). */
    record Sent(SmsKeyword keyword, String word) {

        boolean changesOptOut() {
            return keyword != HELP;
        }
    }
}
