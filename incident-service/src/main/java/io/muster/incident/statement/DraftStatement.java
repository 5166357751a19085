package io.muster.incident.statement;

import io.muster.incident.web.InvalidFields;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A new statement, or a new version of one: a headline and its text in one or more languages. */
record DraftStatement(
        @NotBlank @Size(max = 200) String headline, @NotEmpty @Size(max = 10) List<@Valid LanguageText> texts) {

    /** Rejects a language given twice (CAP has one info block per language). */
    DraftStatement checked() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            if (!seen.add(texts.get(i).language().toLowerCase(Locale.ROOT))) {
                throw new InvalidFields(List.of(new InvalidFields.FieldError(
                        "texts[" + i + "].language", "each language may appear only once")));
            }
        }
        return this;
    }
}
