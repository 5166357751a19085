package io.muster.messages;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The parts of one message in the person's language, around the commander's own words: the heading ("Reminder:
 * Fire at Riverside"), the lead a purpose adds ("No further action is needed."), the commander's words, and
 * where to report if the person's site cannot be used. Empty parts are "".
 */
record Wording(String heading, String lead, String words, String whereToReport) {

    /** Lead, words and where to report, in order, those that say something. */
    List<String> paragraphs() {
        return Stream.of(lead, words, whereToReport)
                .filter(part -> !part.isBlank())
                .toList();
    }

    /** The paragraphs on one line. */
    String rest() {
        return paragraphs().stream().collect(Collectors.joining(" "));
    }

    /** The same with other words from the commander (a life-safety SMS shortened to fit). */
    Wording withWords(String shorter) {
        return new Wording(heading, lead, shorter, whereToReport);
    }
}
