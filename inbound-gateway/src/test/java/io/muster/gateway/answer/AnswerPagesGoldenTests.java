package io.muster.gateway.answer;

import io.muster.gateway.correlation.AlternateSite;
import io.muster.gateway.correlation.OpenRequest;
import io.muster.gateway.correlation.ReplyOption;
import io.muster.gateway.incident.IncidentStatus;
import io.muster.testkit.Golden;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every answer page in every language, byte for byte (golden/answer-pages.txt), with the commander's words
 * carrying markup, so that escaping is pinned too; only the per-rendering submission id is masked.
 */
class AnswerPagesGoldenTests {

    private static final String HOSTILE = "<script>alert('x')</script> & \"quotes\" = `ticks`";
    private static final List<ReplyOption> OPTIONS = List.of(
            new ReplyOption("1", "SAFE", "I am safe"),
            new ReplyOption("2", "NEEDS_HELP", "I need help"),
            new ReplyOption("3", "AT_ALTERNATE_SITE", "I am at the alternate site"),
            new ReplyOption("4", "CALL_ME", "Call me " + HOSTILE));
    private static final Instant POSTED = Instant.parse("2024-03-05T07:08:09Z");

    @Test
    void everyPageInEveryLanguage() {
        StringBuilder dump = new StringBuilder();
        IncidentStatus open =
                new IncidentStatus(UUID.randomUUID(), "T", false, false, "Update " + HOSTILE, POSTED, null);
        IncidentStatus closed = new IncidentStatus(UUID.randomUUID(), "T", false, true, "Over.", null, POSTED);
        for (String locale : List.of("en", "fr-CA")) {
            for (String purpose : List.of("ALERT", "REMINDER", "ALL_CLEAR", "SITREP_REMINDER", "TASK_OVERDUE", "NEW")) {
                page(
                        dump,
                        locale + " " + purpose + " form",
                        AnswerPages.form(
                                request(
                                        locale,
                                        purpose,
                                        OPTIONS,
                                        new AlternateSite("Riverside " + HOSTILE, "Hilltop", "1 Main St"),
                                        true),
                                "tok<en>",
                                open));
            }
            page(
                    dump,
                    locale + " form closed, no update, own site",
                    AnswerPages.form(
                            request(locale, "ALERT", OPTIONS, new AlternateSite(null, "Hilltop", null), false),
                            "tok",
                            closed));
            page(
                    dump,
                    locale + " form no incident",
                    AnswerPages.form(request(locale, "ALERT", OPTIONS, null, false), "tok", null));
            page(
                    dump,
                    locale + " no answer needed, closed",
                    AnswerPages.form(request(locale, "ALL_CLEAR", List.of(), null, true), "tok", closed));
            page(
                    dump,
                    locale + " no answer needed, update",
                    AnswerPages.form(request(locale, "ALL_CLEAR", List.of(), null, false), "tok", open));
            page(
                    dump,
                    locale + " closedLongAgo",
                    AnswerPages.closedLongAgo(request(locale, "REMINDER", OPTIONS, null, true)));
            for (String answer : List.of("SAFE", "NEEDS_HELP", "AT_ALTERNATE_SITE", "CALL_ME " + HOSTILE)) {
                page(
                        dump,
                        locale + " thanks " + answer,
                        AnswerPages.thanks(request(locale, "ALERT", OPTIONS, null, false), answer, false));
            }
            page(
                    dump,
                    locale + " thanks late",
                    AnswerPages.thanks(request(locale, "ALERT", OPTIONS, null, true), "SAFE", true));
        }
        page(dump, "message", AnswerPages.message("Link expired " + HOSTILE, "Ask again " + HOSTILE));
        Golden.assertMatches("answer-pages", dump.toString());
    }

    private static void page(StringBuilder dump, String what, String html) {
        dump.append("=== ")
                .append(what)
                .append('\n')
                .append(html.replaceAll(
                        "name=\"submission\" value=\"[0-9a-f-]{36}\"", "name=\"submission\" value=\"ID\""))
                .append('\n');
    }

    private static OpenRequest request(
            String locale, String purpose, List<ReplyOption> options, AlternateSite site, boolean exercise) {
        return new OpenRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                "+15550100001",
                null,
                "47",
                options,
                "Fire " + HOSTILE,
                Instant.now().plusSeconds(600),
                exercise,
                "Leave by the east stairs.\nNow. " + HOSTILE,
                locale,
                List.of(),
                purpose,
                site);
    }
}
