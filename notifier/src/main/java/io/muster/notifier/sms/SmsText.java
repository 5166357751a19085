package io.muster.notifier.sms;

import io.muster.notifier.delivery.DeliveryRequest;
import io.muster.notifier.delivery.DeliveryRequest.ReplyOption;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The text of an alert SMS, e.g. "Fire alarm: Evacuate now. Reply 1 = safe, 2 = need help (code
 * 47)." The code tells the gateway which open request a reply answers.
 */
final class SmsText {

    /** "I am safe" reads "safe" in the short SMS menu. */
    private static final Pattern FIRST_PERSON = Pattern.compile("^(I am|I'm|I)\\s+", Pattern.CASE_INSENSITIVE);

    private SmsText() {}

    static String of(DeliveryRequest request) {
        StringBuilder text = new StringBuilder();
        if (request.exercise()) {
            text.append("[EXERCISE] ");
        }
        text.append(request.subject()).append(": ").append(request.body());
        if (!request.replyOptions().isEmpty()) {
            text.append(" Reply ").append(menu(request));
            if (request.replyCode() != null) {
                text.append(" (code ").append(request.replyCode()).append(')');
            }
            text.append('.');
        }
        return text.toString();
    }

    private static String menu(DeliveryRequest request) {
        return request.replyOptions().stream()
                .map(option -> option.key() + " = " + shortLabel(option))
                .collect(Collectors.joining(", "));
    }

    private static String shortLabel(ReplyOption option) {
        String label = FIRST_PERSON.matcher(option.label().strip()).replaceFirst("");
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }
}
