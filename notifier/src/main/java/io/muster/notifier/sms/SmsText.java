package io.muster.notifier.sms;

import io.muster.notifier.NotifierProperties;
import io.muster.notifier.delivery.DeliveryRequest;
import io.muster.notifier.delivery.DeliveryRequest.ReplyOption;
import io.muster.notifier.template.Templates;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The text of an alert SMS in the person's language, e.g. "Fire alarm: Evacuate now. Reply 1 =
 * safe, 2 = need help (code 47). Answer: https://…/answer/<token>". The code tells the gateway which
 * open request a reply answers. Life-safety texts stay within two segments: the body is shortened,
 * never the instruction or the link.
 */
@Component
public class SmsText {

    static final int LIFE_SAFETY_SEGMENTS = 2;
    private static final String ELLIPSIS = "..."; // "…" is not GSM-7 and would halve the segment size

    /** "I am safe" reads "safe" in the short SMS menu. */
    private static final Pattern FIRST_PERSON = Pattern.compile("^(I am|I'm|I)\\s+", Pattern.CASE_INSENSITIVE);

    private final Templates templates;
    private final NotifierProperties notifier;

    SmsText(Templates templates, NotifierProperties notifier) {
        this.templates = templates;
        this.notifier = notifier;
    }

    String of(DeliveryRequest request, String token) {
        String tail = tail(request, token);
        String body = request.body();
        String text = message(request, body) + tail;
        while (request.lifeSafety() && SmsSegments.of(text).count() > LIFE_SAFETY_SEGMENTS && !body.isEmpty()) {
            body = body.substring(0, Math.max(0, body.length() - 8)).stripTrailing();
            text = message(request, body.isEmpty() ? "" : body + ELLIPSIS) + tail;
        }
        return text;
    }

    private String message(DeliveryRequest request, String body) {
        String exercise = request.exercise() ? text(request, "exercise.tag", Map.of()) + " " : "";
        return text(request, "sms.message", Map.of("exercise", exercise, "subject", request.subject(), "body", body));
    }

    /** The instruction and the link; empty for an all-clear, which asks for no answer. */
    private String tail(DeliveryRequest request, String token) {
        if (!request.expectsAnswer()) {
            return "";
        }
        String menu = request.replyOptions().stream()
                .map(option -> option.key() + " = " + shortLabel(request, option))
                .collect(Collectors.joining(text(request, "menu.separator", Map.of())));
        String code = request.replyCode();
        String instruction = code == null
                ? text(request, "sms.instruction.no-code", Map.of("menu", menu))
                : text(request, "sms.instruction", Map.of("menu", menu, "code", code));
        return " " + instruction + " " + text(request, "sms.link", Map.of("link", notifier.answerLink(token)));
    }

    private String text(DeliveryRequest request, String key, Map<String, String> values) {
        return templates.render(request.locale(), request.incidentType(), key, values);
    }

    /** A known answer in the person's language ("en sécurité"), else the label made short. */
    private String shortLabel(DeliveryRequest request, ReplyOption option) {
        if (option.answer() != null) {
            var named = templates.find(request.locale(), request.incidentType(), "option.sms." + option.answer());
            if (named.isPresent()) {
                return named.get();
            }
        }
        String label = FIRST_PERSON.matcher(option.label().strip()).replaceFirst("");
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }
}
