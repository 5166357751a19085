package io.muster.gateway.hotline;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A caller we identified, and the open incidents they are part of (oldest first; the keypad menu's order). */
record Caller(UUID personId, List<CallerIncident> incidents) {

    /**
     * The one person these rows belong to; none when nobody matched or when several people share the number or
     * id (then we would only be guessing whom we talk to).
     */
    static Optional<Caller> from(List<CallerIncident> rows) {
        List<UUID> people =
                rows.stream().map(CallerIncident::personId).distinct().toList();
        return people.size() == 1 ? Optional.of(new Caller(people.getFirst(), rows)) : Optional.empty();
    }

    Optional<CallerIncident> incident(UUID incidentId) {
        return incidents.stream().filter(i -> i.incidentId().equals(incidentId)).findFirst();
    }

    /** The incident behind a key of the choice menu (1 = the first). */
    Optional<CallerIncident> choice(String digits) {
        if (!digits.matches("[1-9]")) {
            return Optional.empty();
        }
        int index = Integer.parseInt(digits) - 1;
        return index < incidents.size() ? Optional.of(incidents.get(index)) : Optional.empty();
    }

    /** The caller's language: the locale of their most recent request that has one. */
    @Nullable
    String locale() {
        return incidents.stream()
                .filter(incident -> incident.locale() != null)
                .max(Comparator.comparing(CallerIncident::requestedAt))
                .map(CallerIncident::locale)
                .orElse(null);
    }

    boolean severalIncidents() {
        return incidents.size() > 1;
    }
}
