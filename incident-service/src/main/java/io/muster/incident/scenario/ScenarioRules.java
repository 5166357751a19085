package io.muster.incident.scenario;

import io.muster.incident.incidenttype.IncidentTypes;
import io.muster.incident.lifecycle.Declarations;
import io.muster.incident.web.InvalidFields;
import io.muster.incident.web.InvalidFields.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The rules of a scenario no annotation can express, checked when it is saved so that a launch never
 * meets them first: one text per language, only known placeholders, someone to reach, a known incident
 * type, and a declaration {@code POST /api/incidents} would accept. Call inside a JDBC transaction.
 */
@Component
class ScenarioRules {

    private final IncidentTypes types;
    private final Declarations declarations;
    private final LaunchBodies bodies;

    ScenarioRules(IncidentTypes types, Declarations declarations, LaunchBodies bodies) {
        this.types = types;
        this.declarations = declarations;
        this.bodies = bodies;
    }

    void check(ScenarioDefinition definition) {
        List<FieldError> errors = new ArrayList<>();
        languages(definition, errors);
        placeholders(definition, errors);
        if (definition.audience().namesNobody() && !definition.rollCall()) {
            errors.add(new FieldError("audience", "name people, roles or a call tree, or make it a roll call"));
        }
        if (!types.exists(definition.incidentType())) {
            errors.add(new FieldError("incidentType", "no incident type " + definition.incidentType()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidFields(errors);
        }
        // A roll call may leave its sites to the launch: any site id stands in for them here.
        List<UUID> sites =
                definition.rollCall() && definition.audience().siteIds().isEmpty()
                        ? List.of(new UUID(0, 0))
                        : definition.audience().siteIds();
        declarations.check(bodies.body(definition, LaunchBodies.SAMPLE, sites, false));
    }

    private static void languages(ScenarioDefinition definition, List<FieldError> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < definition.texts().size(); i++) {
            if (!seen.add(definition.texts().get(i).language().toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError("texts[" + i + "].language", "each language may appear only once"));
            }
        }
        if (definition.publicStatement() != null) {
            Set<String> stated = new HashSet<>();
            var texts = definition.publicStatement().texts();
            for (int i = 0; i < texts.size(); i++) {
                if (!stated.add(texts.get(i).language().toLowerCase(Locale.ROOT))) {
                    errors.add(new FieldError(
                            "publicStatement.texts[" + i + "].language", "each language may appear only once"));
                }
            }
        }
    }

    private static void placeholders(ScenarioDefinition definition, List<FieldError> errors) {
        for (int i = 0; i < definition.texts().size(); i++) {
            var text = definition.texts().get(i);
            known("texts[" + i + "].subject", text.subject(), errors);
            known("texts[" + i + "].body", text.body(), errors);
        }
        if (definition.statusUpdate() != null) {
            known("statusUpdate", definition.statusUpdate(), errors);
        }
        var statement = definition.publicStatement();
        if (statement != null) {
            known("publicStatement.headline", statement.headline(), errors);
            for (int i = 0; i < statement.texts().size(); i++) {
                var text = statement.texts().get(i);
                known("publicStatement.texts[" + i + "].text", text.text(), errors);
                if (text.headline() != null) {
                    known("publicStatement.texts[" + i + "].headline", text.headline(), errors);
                }
            }
        }
    }

    private static void known(String field, String text, List<FieldError> errors) {
        for (String unknown : Placeholders.unknownIn(text)) {
            errors.add(new FieldError(field, "unknown placeholder " + unknown + "; use {site}, {time} or {date}"));
        }
    }
}
