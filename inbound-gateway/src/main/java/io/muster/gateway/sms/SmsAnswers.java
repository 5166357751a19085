package io.muster.gateway.sms;

import io.muster.gateway.correlation.OpenRequest;
import io.muster.gateway.correlation.ReplyOption;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The texts a person gets back after replying by SMS. */
final class SmsAnswers {

    static final String UNMATCHED = "We could not match this reply to an open alert.";
    static final String HELP = "Muster emergency alerts. Reply with your answer (1 SAFE, 2 HELP) and the alert's"
            + " code, e.g. 1 47. Reply STOP to unsubscribe. In danger, call the emergency services.";
    static final String STOPPED =
            "You will no longer receive Muster alerts by SMS on this number. Reply START to receive them again.";
    static final String STARTED =
            "You will receive Muster alerts by SMS on this number again. Reply STOP to unsubscribe.";
    static final String SHARED_NUMBER = "Several people receive alerts at this number, so we cannot tell who answered."
            + " Reply with your answer and the code in your alert, e.g. 1 47, or use the link in your alert.";

    private SmsAnswers() {}

    static String thankYou(OpenRequest request, String answer, boolean late) {
        String subject = Objects.requireNonNullElse(request.subject(), "this alert");
        return (request.exercise() ? "[EXERCISE] " : "") + "Thank you. Recorded: " + answer + " for " + subject
                + (late ? " (after the alert's reply time)." : ".");
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
