package io.muster.gateway.correlation;

import java.util.List;

/** What an SMS reply was found to answer, if anything. */
public sealed interface Correlation {

    /** The reply answers {@code request} with {@code answer}. */
    record Matched(OpenRequest request, String answer) implements Correlation {}

    /** A bare answer from someone with several open requests: which one is meant needs the code. */
    record Ambiguous(int openRequests, String exampleCode) implements Correlation {}

    /** No open request of this number (or none with the code given). */
    record Unmatched() implements Correlation {}

    /** The text is no answer the request offers. */
    record NotUnderstood(List<ReplyOption> options, boolean needsCode) implements Correlation {}
}
