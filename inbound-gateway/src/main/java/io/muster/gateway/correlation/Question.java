package io.muster.gateway.correlation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One question: every request of one incident to one person that asks for an answer (first alert,
 * escalation steps, reminders, retries on other channels). A bare answer to any of them answers it; a
 * request that asks nothing (an all-clear, a sitrep or task reminder) is no part of any question.
 *
 * @param requests the question's requests to this number, newest first
 * @param closedAt when the incident closed, null while open (or never heard of)
 */
record Question(
        UUID personId,
        UUID incidentId,
        List<OpenRequest> requests,
        @Nullable Instant closedAt,
        @Nullable String incidentTitle) {

    /** The questions these requests (newest first) ask, the one with the newest request first. */
    static List<Question> of(List<KnownRequest> known) {
        Map<List<UUID>, List<KnownRequest>> byQuestion = new LinkedHashMap<>();
        for (KnownRequest each : known) {
            if (each.request().asksForAnswer()) {
                byQuestion
                        .computeIfAbsent(
                                List.of(
                                        each.request().personId(),
                                        each.request().incidentId()),
                                key -> new ArrayList<>())
                        .add(each);
            }
        }
        return byQuestion.values().stream().map(Question::ofOne).toList();
    }

    private static Question ofOne(List<KnownRequest> requests) {
        KnownRequest newest = requests.getFirst();
        return new Question(
                newest.request().personId(),
                newest.request().incidentId(),
                requests.stream().map(KnownRequest::request).toList(),
                newest.incidentClosedAt(),
                newest.incidentTitle());
    }

    /** The request an answer is recorded against: the newest, whose options the person saw last. */
    OpenRequest newest() {
        return requests.getFirst();
    }

    /** The newest request carrying this reply code (the question has one, see {@link #hasCode}). */
    OpenRequest newestWithCode(String code) {
        return requests.stream()
                .filter(request -> code.equals(request.replyCode()))
                .findFirst()
                .orElseThrow();
    }

    boolean openAt(Instant at) {
        return closedAt == null || closedAt.isAfter(at);
    }

    /** Closed at {@code at}, but less than the late-answer window before it: a named answer is still taken. */
    boolean closedSince(Instant since, Instant at) {
        return closedAt != null && !closedAt.isAfter(at) && closedAt.isAfter(since);
    }

    /** After the close, or after the answered request's answer window: the answer counts, marked late. */
    boolean lateAt(Instant at, OpenRequest answered) {
        return !openAt(at) || !answered.isOpenAt(at);
    }

    boolean hasCode(String code) {
        return requests.stream().anyMatch(request -> code.equals(request.replyCode()));
    }

    String code() {
        return Objects.requireNonNullElse(newest().replyCode(), "");
    }

    /** The incident's title as declared; else the subject of the question's first alert (subjects are titles). */
    String title() {
        if (incidentTitle != null && !incidentTitle.isBlank()) {
            return incidentTitle;
        }
        return requests.stream()
                .filter(request -> "ALERT".equals(request.purpose()))
                .map(OpenRequest::subject)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(Objects.requireNonNullElse(newest().subject(), ""));
    }
}
