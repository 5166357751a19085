package io.muster.messages;

import io.muster.messages.Alert.Option;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The text of an SMS in the person's language, e.g. "Fire alarm: Evacuate now. Reply 1 = safe, 2 = need help
 * (code 47). Answer: https://…/answer/<token>", or "All clear: Fire alarm. No further action is needed." The
 * code tells the gateway which question a reply answers. Life-safety texts stay within two segments: the
 * commander's words are shortened, never the instruction, the link or where to report.
 */
final class AlertSms {

    static final int LIFE_SAFETY_SEGMENTS = 2;
    private static final String ELLIPSIS = "..."; // "…" is not GSM-7 and would halve the segment size

    /** "I am safe" reads "safe" in the short SMS menu. */
    private static final Pattern FIRST_PERSON = Pattern.compile("^(I am|I'm|I)\\s+", Pattern.CASE_INSENSITIVE);

    private final Messages messages;
    private final Wordings wordings;

    AlertSms(Messages messages, Wordings wordings) {
        this.messages = messages;
        this.wordings = wordings;
    }

    String of(Alert alert) {
        String tail = tail(alert);
        Wording wording = wordings.of(alert);
        String words = wording.words();
        String text = message(alert, wording) + tail;
        while (alert.lifeSafety() && SmsSegments.of(text).count() > LIFE_SAFETY_SEGMENTS && !words.isEmpty()) {
            words = words.substring(0, Math.max(0, words.length() - 8)).stripTrailing();
            text = message(alert, wording.withWords(words.isEmpty() ? "" : words + ELLIPSIS)) + tail;
        }
        return text;
    }

    /** The heading, then after ": " (after ". " when the purpose has a lead) the lead, the words, where to go. */
    private String message(Alert alert, Wording wording) {
        String exercise = alert.exercise() ? text(alert, "exercise.tag", Map.of()) + " " : "";
        String rest = wording.rest();
        String key = rest.isEmpty()
                ? "sms.message.alone"
                : wording.lead().isEmpty() ? "sms.message" : "sms.message.after-lead";
        String heading = rest.isEmpty() ? sentence(wording.heading()) : wording.heading();
        return text(alert, key, Map.of("exercise", exercise, "heading", heading, "rest", rest));
    }

    /** A heading alone ends as a sentence before the instruction that may follow it. */
    private static String sentence(String heading) {
        return heading.isEmpty() || ".!?".indexOf(heading.charAt(heading.length() - 1)) >= 0 ? heading : heading + ".";
    }

    /** The instruction and the link; empty for an all-clear, which asks for no answer. */
    private String tail(Alert alert) {
        if (!alert.expectsAnswer()) {
            return "";
        }
        String menu = alert.options().stream()
                .map(option -> option.key() + " = " + shortLabel(alert, option))
                .collect(Collectors.joining(text(alert, "menu.separator", Map.of())));
        String code = alert.code();
        String instruction = code == null
                ? text(alert, "sms.instruction.no-code", Map.of("menu", menu))
                : text(alert, "sms.instruction", Map.of("menu", menu, "code", code));
        return " " + instruction + " " + text(alert, "sms.link", Map.of("link", alert.link()));
    }

    /** A known answer in the person's language ("en sécurité"), else the label made short. */
    private String shortLabel(Alert alert, Option option) {
        if (option.answer() != null) {
            var named = messages.find(alert.locale(), alert.incidentType(), "option.sms." + option.answer());
            if (named.isPresent()) {
                return named.get();
            }
        }
        String label = FIRST_PERSON.matcher(option.label().strip()).replaceFirst("");
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }

    private String text(Alert alert, String key, Map<String, String> values) {
        return messages.render(alert.locale(), alert.incidentType(), key, values);
    }
}
