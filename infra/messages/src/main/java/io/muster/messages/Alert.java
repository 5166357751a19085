package io.muster.messages;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an alert's texts are made of, whoever composes them (the notifier sending, the incident-service
 * previewing): the person's locale, the incident type (for type-specific texts), the purpose (ALERT, REMINDER,
 * ALL_CLEAR, SITREP_REMINDER, TASK_OVERDUE; anything else reads as ALERT), the bare title and the commander's
 * words, the exercise and life-safety flags, where to report, the answers offered with the reply code, and the
 * answer link. No options means no answer is expected: no instruction, no link.
 */
public record Alert(
        @Nullable String locale,
        String incidentType,
        @Nullable String purpose,
        String title,
        String body,
        boolean exercise,
        boolean lifeSafety,
        @Nullable AlternateSite alternateSite,
        List<Option> options,
        @Nullable String code,
        String link) {

    public Alert {
        options = List.copyOf(options);
    }

    public boolean expectsAnswer() {
        return !options.isEmpty();
    }

    /** One answer, e.g. key "1", answer SAFE, label "I am safe"; a known answer is named in the person's language. */
    public record Option(String key, @Nullable String answer, String label) {}

    /** Where a person at an affected site reports if it cannot be used; {@code site} null reads "your site". */
    public record AlternateSite(@Nullable String site, String name, @Nullable String address) {}
}
