package io.muster.incident.lifecycle;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.muster.incident.directory.Targets;
import io.muster.incident.escalation.IncidentText;
import io.muster.incident.incidenttype.IncidentType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The body of a declaration; priority defaults to NORMAL and exercise to false. People are named
 * by {@code notify} (a one-level tree), a call tree, a roll call of the affected sites, or any
 * mix. The type defaults to GENERAL. The JSON member {@code notify} is held as {@code notifying}: a record cannot have a
 * component named notify. {@code bridge} invites the people alerted to the crisis bridge (docs/bridge.md). {@code texts}
 * gives the title and message in other languages too (a launched scenario): each person reads theirs, else the title
 * and message.
 */
record DeclareIncident(
        @NotBlank @Size(max = 120) String title,
        @NotBlank @Size(max = 1000) String message,
        @NotNull Severity severity,
        @Nullable Priority priority,
        @Nullable Boolean exercise,
        @JsonProperty("notify") @Nullable @Valid Notify notifying,
        @Nullable UUID callTreeId,
        @Nullable List<@NotNull UUID> affectedSiteIds,
        @Nullable Boolean rollCall,
        @Nullable @Pattern(regexp = "^[A-Z][A-Z0-9_]{0,39}$") String incidentType,
        @Nullable Boolean bridge,
        @Nullable @Size(max = 10) List<@NotNull @Valid Text> texts) {

    DeclareIncident {
        texts = texts == null ? List.of() : List.copyOf(texts);
        incidentType = incidentType == null ? IncidentType.GENERAL : incidentType;
        priority = priority == null ? Priority.NORMAL : priority;
        exercise = exercise != null && exercise;
        affectedSiteIds = affectedSiteIds == null ? List.of() : List.copyOf(affectedSiteIds);
        rollCall = rollCall != null && rollCall;
        bridge = bridge != null && bridge;
    }

    Targets targets() {
        return notifying == null ? new Targets(null, null, null) : notifying.targets();
    }

    /** Who to notify; everyone named by any of the lists is notified once. */
    record Notify(
            @Nullable List<@NotNull UUID> personIds,
            @Nullable List<@NotBlank String> employeeIds,
            @Nullable List<@NotBlank String> roles) {

        Targets targets() {
            return new Targets(personIds, employeeIds, roles);
        }
    }

    /** The title and message in one language (an RFC 5646 tag). */
    record Text(
            @NotBlank @Size(max = 35) String language,
            @NotBlank @Size(max = 120) String title,
            @NotBlank @Size(max = 1000) String message) {}

    List<IncidentText> incidentTexts() {
        return texts.stream()
                .map(text -> new IncidentText(text.language(), text.title(), text.message()))
                .toList();
    }
}
