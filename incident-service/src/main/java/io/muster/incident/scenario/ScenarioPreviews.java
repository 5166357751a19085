package io.muster.incident.scenario;

import io.muster.incident.preview.MessageRendering;
import io.muster.incident.storage.Jdbc;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What a launch would send, with the placeholders filled: each language's alert per channel (SMS with
 * its encoding and segments, email), composed by the preview's renderer (infra/messages, the code the
 * notifier sends with), and the status update and statement it would post and draft.
 */
@Component
class ScenarioPreviews {

    /**
     * One language's texts; {@code sent}: a launch sends them to the people who read this language (every language
     * of the scenario is sent; a person whose language the scenario lacks reads the first).
     */
    record LanguagePreview(
            String language,
            boolean sent,
            String subject,
            String body,
            MessageRendering.Sms sms,
            MessageRendering.Email email) {}

    record Preview(
            UUID scenarioId,
            int version,
            Map<String, String> values,
            List<LanguagePreview> languages,
            @Nullable String statusUpdate,
            ScenarioDefinition.@Nullable Statement publicStatement) {}

    private final Jdbc jdbc;
    private final Scenarios scenarios;
    private final LaunchValues values;
    private final MessageRendering rendering;

    ScenarioPreviews(Jdbc jdbc, Scenarios scenarios, LaunchValues values, MessageRendering rendering) {
        this.jdbc = jdbc;
        this.scenarios = scenarios;
        this.values = values;
        this.rendering = rendering;
    }

    Mono<Preview> preview(UUID id, LaunchRequest request) {
        return jdbc.transactional(() -> {
            var head = scenarios.head(id, false);
            int version = request.version() == null ? head.latestVersion() : request.version();
            var definition = scenarios
                    .version(id, version)
                    .orElseThrow(() -> new ScenarioProblems.VersionNotFound(id, version))
                    .definition();
            var sites = request.siteIds() == null ? definition.audience().siteIds() : request.siteIds();
            var filled = values.of(sites, request);
            var languages = definition.texts().stream()
                    .map(text -> language(text, filled, request.isExercise(), definition.lifeSafety()))
                    .toList();
            return new Preview(
                    id,
                    version,
                    filled,
                    languages,
                    definition.statusUpdate() == null ? null : Placeholders.fill(definition.statusUpdate(), filled),
                    definition.publicStatement() == null
                            ? null
                            : definition.publicStatement().filled(filled));
        });
    }

    private LanguagePreview language(
            ScenarioDefinition.Text text, Map<String, String> filled, boolean exercise, boolean lifeSafety) {
        var draft = new MessageRendering.Draft(
                Placeholders.fill(text.subject(), filled).strip(),
                Placeholders.fill(text.body(), filled).strip(),
                exercise,
                lifeSafety);
        return new LanguagePreview(
                text.language(),
                true,
                draft.subject(),
                draft.body(),
                rendering.sms(text.language(), draft),
                rendering.email(text.language(), draft));
    }
}
