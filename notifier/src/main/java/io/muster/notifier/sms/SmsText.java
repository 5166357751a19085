package io.muster.notifier.sms;

import io.muster.notifier.NotifierProperties;
import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.channel.DeliveryRequest.ReplyOption;
import io.muster.notifier.template.Templates;
import io.muster.notifier.template.Wording;
import io.muster.notifier.template.Wordings;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The text of an SMS in the person's language, e.g. "Fire alarm: Evacuate now. Reply 1 = safe, 2 =
 * need help (code 47). Answer: https://…/answer/<token>", or "All clear: Fire alarm. No further action
 * is needed." The code tells the gateway which question a reply answers. Life-safety texts stay within
 * two segments: the commander's words are shortened, never the instruction, the link or where to report.
 */
@Component
public class SmsText {

    static final int LIFE_SAFETY_SEGMENTS = 2;
    private static final String ELLIPSIS = "..."; // "…" is not GSM-7 and would halve the segment size

    /** "I am safe" reads "safe" in the short SMS menu. */
    private static final Pattern FIRST_PERSON = Pattern.compile("^(I am|I'm|I)\\s+", Pattern.CASE_INSENSITIVE);

    private final Templates templates;
    private final Wordings wordings;
    private final NotifierProperties notifier;

    SmsText(Templates templates, Wordings wordings, NotifierProperties notifier) {
        this.templates = templates;
        this.wordings = wordings;
        this.notifier = notifier;
    }

    String of(DeliveryRequest request, String token) {
        String tail = tail(request, token);
        Wording wording = wordings.of(request);
        String words = wording.words();
        String text = message(request, wording) + tail;
        while (request.lifeSafety() && SmsSegments.of(text).count() > LIFE_SAFETY_SEGMENTS && !words.isEmpty()) {
            words = words.substring(0, Math.max(0, words.length() - 8)).stripTrailing();
            text = message(request, wording.withWords(words.isEmpty() ? "" : words + ELLIPSIS)) + tail;
        }
        return text;
    }

    /** The heading, then after ": " (after ". " when the purpose has a lead) the lead, the words, where to go. */
    private String message(DeliveryRequest request, Wording wording) {
        String exercise = request.exercise() ? text(request, "exercise.tag", Map.of()) + " " : "";
        String rest = wording.rest();
        String key = rest.isEmpty()
                ? "sms.message.alone"
                : wording.lead().isEmpty() ? "sms.message" : "sms.message.after-lead";
        String heading = rest.isEmpty() ? sentence(wording.heading()) : wording.heading();
        return text(request, key, Map.of("exercise", exercise, "heading", heading, "rest", rest));
    }

    /** A heading alone ends as a sentence before the instruction that may follow it. */
    private static String sentence(String heading) {
        return heading.isEmpty() || ".!?".indexOf(heading.charAt(heading.length() - 1)) >= 0 ? heading : heading + ".";
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
