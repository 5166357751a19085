package io.muster.messages;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An email's parts in the person's language: the subject, the exercise notice (or ""), the heading, the
 * paragraphs (lead, the commander's words, where to report), how to answer when it asks, and the footer. The
 * plain text is {@link #text()}; an HTML layout escapes each part (the notifier's {@code EmailContent}).
 */
public record Email(
        String subject,
        String notice,
        String heading,
        List<String> paragraphs,
        @Nullable Answer answer,
        String footer) {

    public Email {
        paragraphs = List.copyOf(paragraphs);
    }

    /**
     * How to answer: the link, its label ("Answer here:"), the line with both ("Answer here: https://…") and
     * the reply line ("Or reply to this email with 1 = I am safe / 2 = I need help.").
     */
    public record Answer(String link, String label, String linkLine, String reply) {}

    /** The plain-text body, ending with the signature separator ("-- ") and the footer. */
    public String text() {
        StringBuilder body = new StringBuilder();
        if (!notice.isEmpty()) {
            body.append(notice).append("\n\n");
        }
        body.append(heading).append("\n\n");
        paragraphs.forEach(paragraph -> body.append(paragraph).append("\n"));
        if (answer != null) {
            body.append('\n').append(answer.linkLine());
            body.append('\n').append(answer.reply());
            body.append('\n');
        }
        return body.append("\n-- \n").append(footer).append('\n').toString();
    }
}
