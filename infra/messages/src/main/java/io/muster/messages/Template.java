package io.muster.messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bundle text split once into its literal parts and its {@code {name}} placeholders, so filling it on a hot path
 * (an SMS reply) is appends only, no parsing. A placeholder is lower-case letters in braces; anything else in
 * braces is literal. A missing value reads "", and a value is taken literally (never filled in turn).
 */
public final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    /** Literal text at even indexes, placeholder names at odd ones; it starts and ends with literal text. */
    private final String[] parts;

    private final int literalLength;

    private Template(String[] parts) {
        this.parts = parts;
        int length = 0;
        for (int i = 0; i < parts.length; i += 2) {
            length += parts[i].length();
        }
        this.literalLength = length;
    }

    public static Template of(String text) {
        List<String> parts = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        int from = 0;
        while (matcher.find()) {
            parts.add(text.substring(from, matcher.start()));
            parts.add(matcher.group(1));
            from = matcher.end();
        }
        parts.add(text.substring(from));
        return new Template(parts.toArray(String[]::new));
    }

    public String render(Map<String, String> values) {
        if (parts.length == 1) {
            return parts[0];
        }
        StringBuilder text = new StringBuilder(literalLength + 16 * (parts.length / 2));
        for (int i = 0; i < parts.length; i++) {
            text.append(i % 2 == 0 ? parts[i] : values.getOrDefault(parts[i], ""));
        }
        return text.toString();
    }

    /** The text with its one placeholder (or every one) filled with {@code value}. */
    public String render(String name, String value) {
        return render(Map.of(name, value));
    }

    /** The text as written in the bundle. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            text.append(i % 2 == 0 ? parts[i] : "{" + parts[i] + "}");
        }
        return text.toString();
    }
}
