package io.muster.incident.preview;

import io.muster.incident.storage.Jdbc;
import io.muster.messages.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/message-preview}: what the first alert of a declaration would read in each
 * language, per channel (SMS with its encoding and segment count, email subject and text), for the
 * languages of the people it names and every language infra/messages has texts for.
 */
@RestController
class MessagePreviewController {

    /** The parts of a declaration the wording depends on, and whom it names. */
    record PreviewRequest(
            @NotBlank @Size(max = 120) String title,
            @NotBlank @Size(max = 1000) String message,
            @Nullable Boolean exercise,
            @Nullable String priority,
            @Nullable @Size(max = 1000) List<@NotBlank @Size(max = 100) String> employeeIds,
            @Nullable @Size(max = 100) List<@NotBlank @Size(max = 200) String> roles,
            @Nullable @Size(max = 1000) List<@NotNull UUID> affectedSiteIds,
            @Nullable Boolean rollCall) {}

    /** One language: how many named people read it, whether it has its own texts, and the texts. */
    record LanguagePreview(
            String language, long people, boolean hasTexts, MessageRendering.Sms sms, MessageRendering.Email email) {}

    private final Jdbc jdbc;
    private final MessageRendering rendering;
    private final TargetedLanguages targeted;

    MessagePreviewController(Jdbc jdbc, MessageRendering rendering, TargetedLanguages targeted) {
        this.jdbc = jdbc;
        this.rendering = rendering;
        this.targeted = targeted;
    }

    @PostMapping("/api/message-preview")
    Mono<List<LanguagePreview>> preview(@Valid @RequestBody PreviewRequest request) {
        return jdbc.transactional(() -> targeted.of(
                        orEmpty(request.employeeIds()),
                        orEmpty(request.roles()),
                        orEmpty(request.affectedSiteIds()),
                        Boolean.TRUE.equals(request.rollCall())))
                .map(people -> previews(request, people));
    }

    private List<LanguagePreview> previews(PreviewRequest request, Map<String, Long> people) {
        var draft = new MessageRendering.Draft(
                request.title().strip(),
                request.message().strip(),
                Boolean.TRUE.equals(request.exercise()),
                "LIFE_SAFETY".equals(request.priority()));
        List<String> languages = new ArrayList<>(people.keySet());
        Language.bundled().stream().filter(l -> !languages.contains(l)).forEach(languages::add);
        return languages.stream()
                .map(language -> new LanguagePreview(
                        language,
                        people.getOrDefault(language, 0L),
                        Language.bundled().contains(language),
                        rendering.sms(language, draft),
                        rendering.email(language, draft)))
                .toList();
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }
}
