package io.muster.incident.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders a scenario's texts may hold, filled at launch: {@code {site}} (the names of the
 * launched sites), {@code {time}} and {@code {date}} (of the launch, or as the launch gives them). Any
 * other {@code {word}} is refused when the scenario is saved, so no recipient ever reads a raw brace.
 */
final class Placeholders {

    static final Set<String> KNOWN = Set.of("site", "time", "date");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private Placeholders() {}

    /** The placeholders in the text that are not known ones, in order of appearance. */
    static List<String> unknownIn(String text) {
        List<String> unknown = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!KNOWN.contains(matcher.group(1))) {
                unknown.add(matcher.group());
            }
        }
        return unknown;
    }

    /** The text with each known placeholder replaced by its value. */
    static String fill(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(1), matcher.group());
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(filled).toString();
    }
}
