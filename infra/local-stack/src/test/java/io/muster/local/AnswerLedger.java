package io.muster.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.local.WeekCast.Member;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Every answer the week should leave, per incident and person, in the order given, checked against what HR
 * and the commander read through the incident-service's API: each person's answer history (state, channel,
 * late), HR's board (the latest answer) and the incident's counts. An answer on the wrong incident, a lost
 * one or one recorded twice shows as a history that differs from the ledger.
 */
final class AnswerLedger {

    /** One recorded answer as the history shows it. */
    record Answer(String state, String channel, boolean late) {

        /** An answer given while the incident was open, within its answer window. */
        static Answer answer(String state, String channel) {
            return new Answer(state, channel, false);
        }

        /** An answer given after the incident closed. */
        static Answer lateAnswer(String state, String channel) {
            return new Answer(state, channel, true);
        }

        @Override
        public String toString() {
            return state + " by " + channel + (late ? " (late)" : "");
        }
    }

    /** An incident of the week: its id, title and who it asked. */
    record Incident(String id, String title, List<Member> recipients) {

        @Override
        public String toString() {
            return '"' + title + '"';
        }
    }

    private final StackClient client;
    private final WeekCast cast;
    private final Map<Incident, Map<Member, List<Answer>>> expected = new LinkedHashMap<>();

    AnswerLedger(StackClient client, WeekCast cast) {
        this.client = client;
        this.cast = cast;
    }

    /** A new incident: nobody has answered it yet. */
    void opened(Incident incident) {
        Map<Member, List<Answer>> answers = new LinkedHashMap<>();
        incident.recipients().forEach(m -> answers.put(m, new ArrayList<>()));
        expected.put(incident, answers);
    }

    /**
     * The person's answers (in the order given) should land on this incident, each once: waits until the history
     * shows exactly the ledger's answers of the person there.
     */
    void answered(Incident incident, Member member, Answer... given) {
        List<Answer> answers = expected.get(incident).get(member);
        assertThat(answers)
                .as("%s is a recipient of %s", member.name(), incident)
                .isNotNull();
        answers.addAll(List.of(given));
        await(member.name() + "'s answers on " + incident + " are " + answers)
                .atMost(WeekPhones.WAIT)
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(history(incident, member))
                        .as("%s's answers on %s", member.name(), incident)
                        .containsExactlyElementsOf(answers));
    }

    /** The person's answer history on the incident, as HR reads it (oldest first). */
    List<Answer> history(Incident incident, Member member) {
        JsonNode history = client.getAs(
                "hr", "/api/incidents/" + incident.id() + "/accountability/" + cast.idOf(member) + "/history");
        List<Answer> answers = new ArrayList<>();
        for (JsonNode a : history.get("answers")) {
            answers.add(new Answer(
                    a.get("state").asText(),
                    a.get("channel").asText(),
                    a.get("late").asBoolean()));
        }
        return answers;
    }

    /**
     * The whole week against the API: every person's history on every incident equals the ledger, HR's board
     * shows each one's latest answer (state, channel, late) and the counts add up; and nothing more arrives for
     * a few seconds (no late duplicate).
     */
    void assertEveryAnswerLandedOnceWhereIntended() {
        await("the week's answers as HR and the commander see them")
                .atMost(WeekPhones.WAIT)
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(this::assertAll);
        await("nothing more recorded")
                .during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(this::assertAll);
    }

    private void assertAll() {
        SoftAssertions softly = new SoftAssertions();
        expected.forEach((incident, people) -> {
            people.forEach((member, answers) -> softly.assertThat(history(incident, member))
                    .as("%s's answers on %s", member.name(), incident)
                    .containsExactlyElementsOf(answers));
            assertBoard(softly, incident, people);
            assertCounts(softly, incident, people);
        });
        softly.assertAll();
    }

    private void assertBoard(SoftAssertions softly, Incident incident, Map<Member, List<Answer>> people) {
        JsonNode board = client.getAs("hr", "/api/incidents/" + incident.id() + "/accountability/people?size=1000");
        Map<String, JsonNode> rows = new LinkedHashMap<>();
        board.get("people").forEach(row -> rows.put(row.get("employeeId").asText(), row));
        softly.assertThat(rows.keySet())
                .as("HR's board of %s", incident)
                .containsExactlyInAnyOrderElementsOf(
                        people.keySet().stream().map(Member::employeeId).toList());
        people.forEach((member, answers) -> {
            JsonNode row = rows.get(member.employeeId());
            if (row == null) {
                return;
            }
            Answer latest = answers.isEmpty() ? null : answers.getLast();
            softly.assertThat(row.get("state").asText())
                    .as("%s's state on %s", member.name(), incident)
                    .isEqualTo(latest == null ? "NO_RESPONSE" : latest.state());
            softly.assertThat(text(row, "channel"))
                    .as("%s's answer channel on %s", member.name(), incident)
                    .isEqualTo(latest == null ? null : latest.channel());
            softly.assertThat(
                            row.get("late") == null || row.get("late").isNull()
                                    ? null
                                    : row.get("late").asBoolean())
                    .as("%s's answer on %s is late", member.name(), incident)
                    .isEqualTo(latest == null ? null : latest.late());
        });
    }

    private void assertCounts(SoftAssertions softly, Incident incident, Map<Member, List<Answer>> people) {
        JsonNode counts =
                client.getAs("commander", "/api/incidents/" + incident.id()).get("counts");
        List<String> states = people.values().stream()
                .map(a -> a.isEmpty() ? "NO_RESPONSE" : a.getLast().state())
                .toList();
        softly.assertThat(counts.get("targeted").asInt())
                .as("targeted by %s", incident)
                .isEqualTo(people.size());
        softly.assertThat(counts.get("answered").asInt())
                .as("answered %s", incident)
                .isEqualTo((int)
                        states.stream().filter(s -> !s.equals("NO_RESPONSE")).count());
        softly.assertThat(counts.get("safe").asInt()).as("safe on %s", incident).isEqualTo((int)
                states.stream().filter("SAFE"::equals).count());
        softly.assertThat(counts.get("needHelp").asInt())
                .as("needing help on %s", incident)
                .isEqualTo((int) states.stream().filter("NEEDS_HELP"::equals).count());
        softly.assertThat(counts.get("noAnswer").asInt())
                .as("no answer on %s", incident)
                .isEqualTo((int) states.stream().filter("NO_RESPONSE"::equals).count());
    }

    private static @Nullable String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
