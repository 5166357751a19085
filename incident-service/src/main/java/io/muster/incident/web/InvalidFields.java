package io.muster.incident.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** Fields that break a rule no annotation can express (400 {@code validation}, like bean validation). */
public class InvalidFields extends ProblemException {

    /** One invalid field and why. */
    public record FieldError(String field, String message) {}

    private final List<FieldError> errors;

    public InvalidFields(List<FieldError> errors) {
        super(HttpStatus.BAD_REQUEST, "validation", "Invalid request", "The request has invalid fields.");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of(
                "errors",
                errors.stream()
                        .map(e -> Map.of("field", e.field(), "message", e.message()))
                        .toList());
    }
}
