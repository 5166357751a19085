package io.muster.gateway.email;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a person wrote above the quoted alert: the first line is the answer, the rest a comment.
 * Quoted lines ("> ..."), the "On ... wrote:" line that introduces them, and the signature after
 * "-- " are not theirs.
 */
record ReplyText(String answerLine, @Nullable String comment) {

    private static final Pattern ATTRIBUTION = Pattern.compile("^(On|Le) .*(wrote|écrit)\\s?:$", Pattern.DOTALL);

    static ReplyText of(String body) {
        List<String> own = new ArrayList<>();
        for (String line : body.replace("\r", "").split("\n")) {
            if (line.equals("-- ") || line.equals("--")) {
                break;
            }
            String text = line.strip();
            if (!text.isEmpty()
                    && !text.startsWith(">")
                    && !ATTRIBUTION.matcher(text).matches()) {
                own.add(text);
            }
        }
        if (own.isEmpty()) {
            return new ReplyText("", null);
        }
        String comment = String.join("\n", own.subList(1, own.size()));
        return new ReplyText(own.getFirst(), comment.isEmpty() ? null : comment);
    }
}
