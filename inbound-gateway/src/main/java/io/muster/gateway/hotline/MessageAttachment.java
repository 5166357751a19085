package io.muster.gateway.hotline;

import io.muster.gateway.web.ControlCharacters;
import io.muster.gateway.web.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Whom an operator attaches an unidentified caller's message to: a person, an incident they are part of, why. */
record MessageAttachment(@Nullable UUID personId, @Nullable UUID incidentId, @Nullable String comment) {

    static final int MAX_COMMENT = 1000;

    /** Every broken rule at once, so a 400 names them all. */
    void validate() {
        List<Map<String, String>> errors = new ArrayList<>();
        if (personId == null) {
            errors.add(Map.of("field", "personId", "message", "is required"));
        }
        if (incidentId == null) {
            errors.add(Map.of("field", "incidentId", "message", "is required"));
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            errors.add(Map.of("field", "comment", "message", "must be at most " + MAX_COMMENT + " characters"));
        }
        if (comment != null && ControlCharacters.in(comment)) {
            errors.add(Map.of("field", "comment", "message", "must not contain control characters"));
        }
        if (!errors.isEmpty()) {
            var problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "The request has invalid fields.");
            problem.setProperty("errors", errors);
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
    }
}
