package io.muster.gateway.correlation;

import java.util.List;

/** What an SMS reply was found to answer, if anything. */
public sealed interface Correlation {

    /**
     * The reply answers {@code request} (the newest request of its question) with {@code answer}; {@code
     * late} when the incident had closed or the question's answer window had passed.
     */
    record Matched(OpenRequest request, String answer, boolean late) implements Correlation {}

    /**
     * A bare answer from someone with several open questions: which one is meant needs the code. Each
     * alert is named with its title, its code and the key the person's answer has in it.
     */
    record Ambiguous(List<OpenAlert> alerts) implements Correlation {}

    /** One of the open questions a bare answer could mean: "Reply {key} {code} for {title}". */
    record OpenAlert(String key, String code, String title) {}

    /** Several people's open questions go to this number and nothing tells whose answer this is. */
    record SharedNumber(int people) implements Correlation {}

    /**
     * No question of this number to match: {@code reason} is the inbound log's outcome. {@code answer}: the
     * text reads as an answer, so it may be a reply that arrived before its request was indexed (held).
     */
    record Unmatched(String reason, boolean answer) implements Correlation {

        public static final String NO_OPEN_REQUEST = "UNMATCHED";
        public static final String UNKNOWN_CODE = "UNKNOWN_CODE";
    }

    /** The text is no answer the question offers. */
    record NotUnderstood(List<ReplyOption> options, boolean needsCode) implements Correlation {}
}
