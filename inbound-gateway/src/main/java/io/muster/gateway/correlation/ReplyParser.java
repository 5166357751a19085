package io.muster.gateway.correlation;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an SMS reply: a digit or keyword answer, optionally followed by the reply code ("1 47", "safe 47"). */
public final class ReplyParser {

    private static final Pattern ANSWER_THEN_CODE = Pattern.compile("^(.*\\S)\\s+(\\d{1,6})$");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");
    private static final Map<String, String> KEYWORDS = Map.ofEntries(
            Map.entry("SAFE", "SAFE"),
            Map.entry("OK", "SAFE"),
            Map.entry("IM SAFE", "SAFE"),
            Map.entry("I AM SAFE", "SAFE"),
            Map.entry("IM OK", "SAFE"),
            Map.entry("HELP", "NEEDS_HELP"),
            Map.entry("NEED HELP", "NEEDS_HELP"),
            Map.entry("NEEDS HELP", "NEEDS_HELP"),
            Map.entry("I NEED HELP", "NEEDS_HELP"));

    private ReplyParser() {}

    public static Optional<ParsedReply> parse(String body) {
        String text = normalised(body);
        Matcher withCode = ANSWER_THEN_CODE.matcher(text);
        if (withCode.matches()) {
            return choice(withCode.group(1)).map(choice -> new ParsedReply(choice, withCode.group(2)));
        }
        return choice(text).map(choice -> new ParsedReply(choice, null));
    }

    private static Optional<String> choice(String text) {
        if (DIGITS.matcher(text).matches()) {
            return Optional.of(text);
        }
        return Optional.ofNullable(KEYWORDS.get(text));
    }

    /** Upper case, apostrophes dropped ("I'm" is "IM"), other punctuation as spaces, single spaces. */
    private static String normalised(String body) {
        return body.toUpperCase(Locale.ROOT)
                .replaceAll("['\u2019]", "")
                .replaceAll("[^A-Z0-9]+", " ")
                .trim();
    }
}
