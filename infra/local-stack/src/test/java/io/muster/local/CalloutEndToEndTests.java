package io.muster.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.local.WeekCast.Member;
import io.muster.simulator.PhoneMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A call-out across the stack (docs/call-outs.md): everyone in a role is asked by SMS, two plain "yes" texts fill
 * it, the yes-sayers are told where to report and the third is released; the commander sees who is coming.
 */
class CalloutEndToEndTests extends WholeStackTest {

    private static final Duration LOOP = Duration.ofSeconds(60);

    private final WeekCast cast = WeekCast.fresh();
    private final Member ada = cast.add("Ada Lovelace", "en", "SMS");
    private final Member bo = cast.add("Bo Lindqvist", "en", "SMS");
    private final Member chen = cast.add("Chen Wei", "en", "SMS");

    @Test
    void aCalloutStopsAtTheNeededYesAnswersBySmsAndReleasesTheRest() {
        cast.seed(client);
        String incident = declare("Power cut at Hilltop " + UUID.randomUUID());

        HttpResponse<String> started = client.postAs(
                "commander",
                "/api/incidents/" + incident + "/callouts",
                """
                {"needed":2,"roles":["%s"],"reportTo":{"place":"Hilltop depot","time":"%s"},
                 "message":"Bring your tools.","requestKey":"callout-%s"}"""
                        .formatted(cast.role(), Instant.now().plus(2, ChronoUnit.HOURS), cast.run()));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String callout = StackClient.json(started.body()).get("id").asText();
        for (Member member : List.of(ada, bo, chen)) {
            awaitSms(member, "Can you come?");
        }

        assertThat(stack.simulator().replySms(ada.phone(), "yes").status()).isEqualTo(200);
        assertThat(stack.simulator().replySms(bo.phone(), "YES").status()).isEqualTo(200);

        awaitSms(ada, "Report to Hilltop depot");
        awaitSms(bo, "Report to Hilltop depot");
        awaitSms(chen, "no longer needed");
        await().atMost(LOOP).untilAsserted(() -> {
            JsonNode view = client.getAs("commander", "/api/incidents/" + incident + "/callouts/" + callout);
            assertThat(view.get("status").asText()).isEqualTo("FILLED");
            assertThat(view.get("coming").findValuesAsString("employeeId"))
                    .containsExactlyInAnyOrder(ada.employeeId(), bo.employeeId());
            assertThat(view.get("coming").findValuesAsString("channel")).containsOnly("SMS");
        });
        assertThat(sms(ada, "no longer needed")).isEmpty();
        assertThat(sms(chen, "Report to")).isEmpty();
    }

    /** An incident that alerts one demo person, so the cast's only question is the call-out's. */
    private static String declare(String title) {
        return client.declare(
                """
                {"title":"%s","message":"The depot needs electricians.","severity":"MODERATE",
                 "notify":{"employeeIds":["E003"]}}"""
                        .formatted(title));
    }

    private static void awaitSms(Member member, String text) {
        await().atMost(LOOP).until(() -> !sms(member, text).isEmpty());
    }

    private static List<PhoneMessage> sms(Member member, String text) {
        return stack.simulator().inbox(member.phone()).stream()
                .filter(m -> m.kind() == PhoneMessage.Kind.SMS && m.body().contains(text))
                .toList();
    }
}
