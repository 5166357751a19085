package io.muster.incident.correction;

import io.muster.incident.web.InvalidFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/incidents/{id}/corrections}: what kind, the request key that makes a
 * retry harmless, and the message in each language ({@code {"en": "…", "fr": "…"}}; required for a
 * correction, optional for a cancellation, which otherwise says "disregard the earlier message").
 */
record CorrectAlert(
        @NotNull Correction.Kind kind,
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "letters, digits and . _ : - only")
                String requestKey,
        @Nullable @Size(max = 10) Map<String, String> messages) {

    private static final java.util.regex.Pattern LANGUAGE =
            java.util.regex.Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,3}");
    static final int MAX_TEXT = 1000;

    /** The messages by language, checked: language tags, texts not blank and not too long. */
    Map<String, String> checkedMessages() {
        Map<String, String> given = messages == null ? Map.of() : messages;
        List<InvalidFields.FieldError> errors = new ArrayList<>();
        if (given.isEmpty() && kind == Correction.Kind.CORRECTION) {
            errors.add(new InvalidFields.FieldError(
                    "messages", "a correction needs its message in at least one language"));
        }
        Map<String, String> checked = new LinkedHashMap<>();
        given.forEach((language, text) -> {
            if (language == null || !LANGUAGE.matcher(language).matches()) {
                errors.add(
                        new InvalidFields.FieldError("messages", "must be keyed by language tags such as en or fr-CA"));
            } else if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
                errors.add(new InvalidFields.FieldError(
                        "messages." + language, "must not be blank and at most " + MAX_TEXT + " characters"));
            } else if (checked.putIfAbsent(language.toLowerCase(java.util.Locale.ROOT), text.strip()) != null) {
                errors.add(new InvalidFields.FieldError("messages." + language, "each language may appear only once"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        return checked;
    }
}
