package io.muster.gateway.operator;

import io.muster.gateway.web.ControlCharacters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What an operator attaches an uncorrelated message to: the person, their request, the answer, a comment. */
record Attachment(
        @Nullable UUID personId, @Nullable UUID notificationId, @Nullable String answer, @Nullable String comment) {

    static final int MAX_ANSWER = 40;
    static final int MAX_COMMENT = 1000;

    /** Every broken rule at once, so a 400 names them all. */
    void validate() {
        List<Map<String, String>> errors = new ArrayList<>();
        if (personId == null) {
            errors.add(error("personId", "is required"));
        }
        if (notificationId == null) {
            errors.add(error("notificationId", "is required"));
        }
        if (answer == null || answer.isBlank() || answer.length() > MAX_ANSWER) {
            errors.add(error("answer", "is required, at most " + MAX_ANSWER + " characters"));
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            errors.add(error("comment", "must be at most " + MAX_COMMENT + " characters"));
        }
        if (answer != null && ControlCharacters.in(answer)) {
            errors.add(error("answer", "must not contain control characters"));
        }
        if (comment != null && ControlCharacters.in(comment)) {
            errors.add(error("comment", "must not contain control characters"));
        }
        if (!errors.isEmpty()) {
            throw OperatorProblem.invalid(errors);
        }
    }

    private static Map<String, String> error(String field, String message) {
        return Map.of("field", field, "message", message);
    }
}
