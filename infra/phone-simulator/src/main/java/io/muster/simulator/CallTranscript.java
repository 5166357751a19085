package io.muster.simulator;

import java.time.Instant;
import java.util.List;

/**
 * What was said on a call, in order: the application's {@code <Say>}/{@code <Play>} and the caller's keys,
 * recordings, silences and hang-up. {@code status} is the call's status when the transcript was taken.
 */
public record CallTranscript(String callSid, String from, String to, String status, List<Line> lines) {

    public CallTranscript {
        lines = List.copyOf(lines);
    }

    /** Who spoke: the application (TwiML read to the phone) or the caller. */
    public enum Speaker {
        APPLICATION,
        CALLER
    }

    /** One thing said or done on the call. */
    public record Line(Instant at, Speaker speaker, String text) {}

    /** Everything the application said, in order. */
    public List<String> said() {
        return lines.stream()
                .filter(line -> line.speaker() == Speaker.APPLICATION)
                .map(Line::text)
                .toList();
    }

    /** The application's words as one text, for "did the caller hear ..." checks. */
    public String heard() {
        return String.join("\n", said());
    }
}
