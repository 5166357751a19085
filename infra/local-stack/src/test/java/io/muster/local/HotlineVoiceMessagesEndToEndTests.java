package io.muster.local;

import static io.muster.simulator.CallScript.Step.hangUp;
import static io.muster.simulator.CallScript.Step.press;
import static io.muster.simulator.CallScript.Step.say;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.local.WeekCast.Member;
import io.muster.simulator.CallScript;
import io.muster.simulator.CallTranscript;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Voice messages between the people of an incident, on the run command's processes (issue 19, "Messages for
 * each other"): a caller identified by their number leaves a message on the hotline for a colleague; the
 * incident-service tells the colleague by SMS that it waits; the colleague calls the hotline, presses 7 and hears
 * it, once. Then the caller leaves one for their team (the role every request of the incident carried): another
 * member is told by SMS and hears it on the hotline.
 */
class HotlineVoiceMessagesEndToEndTests extends WholeStackTest {

    private final WeekCast cast = WeekCast.fresh();
    private final Member ada = cast.add("Ada Lovelace", "en", "SMS");
    private final Member bo = cast.add("Bo Lindqvist", "en", "SMS");
    private final Member cy = cast.add("Cy Twombly", "en", "SMS");

    @Test
    void aMessageLeftForAColleagueIsHeardByThemAndOneLeftForATeamReachesItsMembers() {
        long start = System.nanoTime();
        WeekPhones phones = new WeekPhones(stack.simulator(), stack.settings(), client);
        GatewayIndex gateway = new GatewayIndex(db);
        cast.seed(client);
        String title = "Generator failure " + cast.run();
        String incidentId = declare(title, List.of(ada, bo, cy));
        for (Member member : List.of(ada, bo, cy)) {
            phones.alert(member, title);
            gateway.awaitHotlineRequest(cast.idOf(member), incidentId);
        }

        // 6, then 1: a colleague (the incident has a team: the cast's role, which every request carried)
        CallTranscript left = phones.dialHotline(
                ada.phone(),
                CallScript.of(
                        press("6"),
                        press("1"),
                        press(bo.keypadId() + "#"),
                        say("Bo, the generator needs fuel"),
                        hangUp()));
        assertThat(left.heard())
                .contains(title)
                .contains("To leave a message for a team, press 2.")
                .contains("Please record your message for your colleague after the tone.");

        await("Bo is told by SMS that a message waits")
                .atMost(WeekPhones.WAIT)
                .until(() -> phones.texts(bo, title).stream().anyMatch(sms -> sms.body()
                        .contains("A voice message from Ada Lovelace waits for you about " + title)));

        CallTranscript heard = phones.dialHotline(bo.phone(), CallScript.of(press("7"), hangUp()));
        assertThat(heard.heard())
                .contains("You have one message.")
                .contains("Message from Ada Lovelace.")
                .contains("[audio] ")
                .contains("End of messages.");

        CallTranscript again = phones.dialHotline(bo.phone(), CallScript.of(press("7"), hangUp()));
        assertThat(again.heard()).as("each message is played once").contains("You have no messages.");

        // 6, then 2: the incident's teams, read out; the cast's role is the only one
        CallTranscript forTheTeam = phones.dialHotline(
                ada.phone(),
                CallScript.of(press("6"), press("2"), press("1"), say("Everyone to the north gate"), hangUp()));
        assertThat(forTheTeam.heard())
                .contains("For " + cast.role() + ", press 1.")
                .contains("Everyone in the team will be told that a message is waiting.");
        await("Cy, of the team, is told by SMS that a message waits")
                .atMost(WeekPhones.WAIT)
                .until(() -> phones.texts(cy, title).stream().anyMatch(sms -> sms.body()
                        .contains("A voice message from Ada Lovelace waits for you about " + title)));
        CallTranscript cyHears = phones.dialHotline(cy.phone(), CallScript.of(press("7"), hangUp()));
        assertThat(cyHears.heard())
                .contains("You have one message.")
                .contains("Message from Ada Lovelace, for the team " + cast.role() + ".")
                .contains("[audio] ");
        System.out.printf(
                "Voice messages for a colleague and a team, end to end: %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private String declare(String title, List<Member> recipients) {
        return client.declare(
                """
                {"title":"%s","message":"The generator at Riverside failed.","severity":"MODERATE","priority":"NORMAL",
                 "exercise":true,"notify":{"employeeIds":[%s]}}"""
                        .formatted(title, employeeIds(recipients)));
    }
}
