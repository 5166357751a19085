package io.muster.messages;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The parts of an email in the person's language (the words around the commander's from the alert's purpose:
 * an alert, a reminder, the all-clear, ...), with the answer link and the reply menu when it asks.
 */
final class AlertEmail {

    private final Messages messages;
    private final Wordings wordings;

    AlertEmail(Messages messages, Wordings wordings) {
        this.messages = messages;
        this.wordings = wordings;
    }

    Email of(Alert alert) {
        Wording wording = wordings.of(alert);
        String exercise = alert.exercise() ? text(alert, "exercise.tag", Map.of()) : "";
        return new Email(
                text(alert, "email.subject", Map.of("exercise", exercise, "heading", wording.heading())),
                alert.exercise() ? text(alert, "exercise.notice", Map.of()) : "",
                wording.heading(),
                wording.paragraphs(),
                alert.expectsAnswer() ? answer(alert) : null,
                text(alert, "email.footer", Map.of()));
    }

    private Email.Answer answer(Alert alert) {
        return new Email.Answer(
                alert.link(),
                text(alert, "email.answer.link", Map.of("link", "")).strip(),
                text(alert, "email.answer.link", Map.of("link", alert.link())),
                text(alert, "email.answer.reply", Map.of("menu", menu(alert))));
    }

    /** Each option with a known answer in the person's language ("J'ai besoin d'aide"), else its label. */
    private String menu(Alert alert) {
        return alert.options().stream()
                .map(option -> option.key() + " = "
                        + (option.answer() == null
                                ? option.label()
                                : messages.find(alert.locale(), alert.incidentType(), "option.email." + option.answer())
                                        .orElse(option.label())))
                .collect(Collectors.joining(" / "));
    }

    private String text(Alert alert, String key, Map<String, String> values) {
        return messages.render(alert.locale(), alert.incidentType(), key, values);
    }
}
