package io.muster.gateway.correlation;

import java.util.List;

/** What an SMS reply was found to answer, if anything. */
public sealed interface Correlation {

    /** The reply answers {@code request} with {@code answer}; {@code late} when the request had expired. */
    record Matched(OpenRequest request, String answer, boolean late) implements Correlation {}

    /** A bare answer from someone with several open requests: which one is meant needs the code. */
    record Ambiguous(int openRequests, String exampleCode) implements Correlation {}

    /** Several people's open requests go to this number and nothing tells whose answer this is. */
    record SharedNumber(int people) implements Correlation {}

    /** No request of this number to match: {@code reason} is the inbound log's outcome. */
    record Unmatched(String reason) implements Correlation {

        public static final String NO_OPEN_REQUEST = "UNMATCHED";
        public static final String UNKNOWN_CODE = "UNKNOWN_CODE";
    }

    /** The text is no answer the request offers. */
    record NotUnderstood(List<ReplyOption> options, boolean needsCode) implements Correlation {}
}
