package io.muster.gateway.answer;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/** What the answer page posted: the option chosen and, optionally, where the person is and a comment. */
record WebAnswer(@Nullable String choice, @Nullable String location, @Nullable String comment) {

    static WebAnswer from(MultiValueMap<String, String> form) {
        return new WebAnswer(
                blankToNull(form.getFirst("answer")),
                blankToNull(form.getFirst("location")),
                blankToNull(form.getFirst("comment")));
    }

    /** The form as the inbound log keeps it. */
    Map<String, String> params() {
        return Map.of(
                        "answer",
                        Optional.ofNullable(choice).orElse(""),
                        "location",
                        Optional.ofNullable(location).orElse(""),
                        "comment",
                        Optional.ofNullable(comment).orElse(""))
                .entrySet()
                .stream()
                .filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
