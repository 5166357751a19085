package io.muster.notifier.email;

import io.muster.notifier.delivery.DeliveryRequest;
import java.util.stream.Collectors;

/** Subject and plain-text body of an alert email, with how to answer it. */
final class EmailContent {

    private EmailContent() {}

    static String subject(DeliveryRequest request) {
        return (request.exercise() ? "[Muster][EXERCISE] " : "[Muster] ") + request.subject();
    }

    static String body(DeliveryRequest request) {
        StringBuilder body = new StringBuilder();
        if (request.exercise()) {
            body.append("THIS IS AN EXERCISE.\n\n");
        }
        body.append(request.subject()).append("\n\n").append(request.body()).append("\n");
        if (!request.replyOptions().isEmpty()) {
            body.append("\nPlease answer by replying to the text message with ").append(menu(request));
            if (request.replyCode() != null) {
                body.append(" and the code ").append(request.replyCode());
            }
            body.append(".\n");
        }
        return body.append("\n-- \nSent by Muster. This message was generated automatically.\n")
                .toString();
    }

    private static String menu(DeliveryRequest request) {
        return request.replyOptions().stream()
                .map(option -> option.key() + " = " + option.label())
                .collect(Collectors.joining(" / "));
    }
}
