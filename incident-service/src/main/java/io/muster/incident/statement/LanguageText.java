package io.muster.incident.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A statement's text in one language (one CAP {@code <info>} block); {@code headline} overrides the
 * statement's headline in that language. Languages are RFC 5646 tags such as {@code en} or {@code fr-CA}.
 */
public record LanguageText(
        @NotBlank
                @Pattern(
                        regexp = "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,3}",
                        message = "must be a language tag such as en or fr-CA")
                String language,
        @Nullable @Size(max = 200) String headline,
        @NotBlank @Size(max = 5000) String text) {

    /** The headline to show in this language. */
    public String headlineOr(String statementHeadline) {
        return headline == null || headline.isBlank() ? statementHeadline : headline;
    }
}
