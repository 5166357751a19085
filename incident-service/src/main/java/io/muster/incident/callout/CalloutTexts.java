package io.muster.incident.callout;

import io.muster.incident.escalation.Contact;
import io.muster.incident.escalation.NotificationRequested.ReplyOption;
import io.muster.messages.Language;
import io.muster.messages.Messages;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A call-out's words in the person's language, from the bundles ({@code callout.*}): the question with
 * its two answers (1 yes, 2 no), where and when to report (the time in the person's time zone), and
 * "no longer needed".
 */
@Component
class CalloutTexts {

    static final String COMING = "COMING";
    static final String NOT_COMING = "NOT_COMING";

    private final Messages messages = new Messages();

    String subject(String kind, Contact contact, String title) {
        return messages.render(contact.locale(), "", "callout." + kind + ".subject", Map.of("title", title));
    }

    String question(Contact contact, int needed, String message) {
        return messages.render(
                        contact.locale(),
                        "",
                        "callout.question.body",
                        Map.of("needed", Integer.toString(needed), "message", message))
                .strip();
    }

    List<ReplyOption> options(Contact contact) {
        return List.of(
                new ReplyOption("1", COMING, messages.text(contact.locale(), "callout.option.COMING")),
                new ReplyOption("2", NOT_COMING, messages.text(contact.locale(), "callout.option.NOT_COMING")));
    }

    String report(Contact contact, String place, Instant time) {
        String at = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.forLanguageTag(Language.of(contact.locale())))
                .withZone(contact.zone())
                .format(time);
        return messages.render(contact.locale(), "", "callout.report.body", Map.of("place", place, "time", at));
    }

    String release(Contact contact) {
        return messages.text(contact.locale(), "callout.release.body");
    }
}
