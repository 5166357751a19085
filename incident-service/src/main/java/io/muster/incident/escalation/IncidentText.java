package io.muster.incident.escalation;

import io.muster.messages.Language;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The incident's title and message in one language, for an incident declared in several (a launched scenario). */
public record IncidentText(String language, String title, String message) {

    /**
     * The text a person with this locale reads: their language ({@code fr-CA} reads {@code fr}), else none (the
     * caller keeps the incident's own title and message, its first language).
     */
    static Optional<IncidentText> forLocale(List<IncidentText> texts, @Nullable String locale) {
        String spoken = Language.spoken(locale);
        return texts.stream()
                .filter(text -> text.language().equalsIgnoreCase(locale == null ? "" : locale))
                .findFirst()
                .or(() -> texts.stream()
                        .filter(text -> Language.spoken(text.language()).equals(spoken))
                        .findFirst());
    }
}
