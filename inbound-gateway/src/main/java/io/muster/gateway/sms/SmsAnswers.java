package io.muster.gateway.sms;

import io.muster.gateway.correlation.OpenRequest;
import io.muster.gateway.correlation.ReplyOption;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The texts a person gets back after replying by SMS. */
final class SmsAnswers {

    static final String UNMATCHED = "We could not match this reply to an open alert.";

    private SmsAnswers() {}

    static String thankYou(OpenRequest request, String answer) {
        String subject = Objects.requireNonNullElse(request.subject(), "this alert");
        return (request.exercise() ? "[EXERCISE] " : "") + "Thank you. Recorded: " + answer + " for " + subject + ".";
    }

    static String askForCode(int openRequests, String exampleCode) {
        return "You have " + openRequests + " open alerts. Reply with your answer and the code, e.g. 1 " + exampleCode;
    }

    static String options(List<ReplyOption> options, boolean needsCode) {
        String choices = options.stream()
                .map(option -> option.key() + " for " + Objects.requireNonNullElse(option.label(), option.answer()))
                .collect(Collectors.joining(", "));
        return "Sorry, we did not understand your reply. Reply " + choices
                + (needsCode ? ", followed by the alert's code." : ".");
    }
}
