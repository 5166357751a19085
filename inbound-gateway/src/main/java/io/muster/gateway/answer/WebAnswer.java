package io.muster.gateway.answer;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * What the answer page posted: the option chosen, optionally where the person is and a comment, and the id
 * of the page's form it came from ({@code submission}, null when absent or not a UUID).
 */
record WebAnswer(
        @Nullable String choice, @Nullable String location, @Nullable String comment, @Nullable UUID submission) {

    static WebAnswer from(MultiValueMap<String, String> form) {
        return new WebAnswer(
                blankToNull(form.getFirst("answer")),
                blankToNull(form.getFirst("location")),
                blankToNull(form.getFirst("comment")),
                submission(form.getFirst("submission")));
    }

    /**
     * What identifies this delivery: the form it came from and what it says. The same form posted again as it
     * was (a double tap, a refresh) is the same delivery; a different button or text on it (after going back)
     * is a new one.
     */
    String delivery(UUID form) {
        String content =
                String.join("\u0000", Objects.toString(choice), Objects.toString(location), Objects.toString(comment));
        return form + ":" + UUID.nameUUIDFromBytes(content.getBytes(StandardCharsets.UTF_8));
    }

    /** The form as the inbound log keeps it. */
    Map<String, String> params() {
        return Map.of(
                        "answer",
                        Optional.ofNullable(choice).orElse(""),
                        "location",
                        Optional.ofNullable(location).orElse(""),
                        "comment",
                        Optional.ofNullable(comment).orElse(""),
                        "submission",
                        Optional.ofNullable(submission).map(UUID::toString).orElse(""))
                .entrySet()
                .stream()
                .filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable UUID submission(@Nullable String value) {
        try {
            return value == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }
}
