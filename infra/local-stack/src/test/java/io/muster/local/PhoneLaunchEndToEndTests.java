package io.muster.local;

import static io.muster.simulator.CallScript.Step.hangUp;
import static io.muster.simulator.CallScript.Step.press;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.local.WeekCast.Member;
import io.muster.simulator.CallScript;
import io.muster.simulator.CallTranscript;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Launching a prepared scenario by phone when nothing is declared yet, on the run command's processes (issue 19,
 * "launch by phone"): the office and the laptop are gone; a commander with a hotline PIN calls the hotline from a
 * phone the directory does not know, types their employee id and PIN, hears that no incident is open and that 5
 * launches a scenario, picks the scenario and the site by the numbers read out, says exercise and confirms. The
 * incident is declared for their login, the scenario's people are alerted with the site filled in, and the commander
 * is told by SMS that a launch by phone happened.
 */
class PhoneLaunchEndToEndTests extends WholeStackTest {

    private static final Duration MENU_READ_AGAIN = Duration.ofSeconds(75);

    private final WeekCast cast = WeekCast.fresh();
    private final Member ada = cast.add("Ada Lovelace", "en", "SMS");
    private final Member bo = cast.add("Bo Lindqvist", "en", "SMS");
    private final Member cy = cast.add("Cy Twombly", "en", "SMS");

    @Test
    void aCommanderInNoIncidentLaunchesAScenarioByPhoneWithTheirIdAndPin() {
        long start = System.nanoTime();
        String scenario = "Shelter drill " + cast.run();
        // first, so the hotline's menu (read again every 30 s per gateway) has it by the time Ada calls
        approvedScenario(scenario);
        cast.seed(client);
        commanderLogin(ada);
        String pin = cast.resetPin(client, ada);
        new GatewayIndex(db).awaitPin(cast.idOf(ada));
        WeekPhones phones = new WeekPhones(stack.simulator(), stack.settings(), client);
        String deskPhone = cast.unlistedPhone();

        // she listens to the menus first: the numbers are the hotline's to give
        AtomicReference<CallTranscript> menu = new AtomicReference<>();
        await("the hotline offers " + scenario)
                .atMost(MENU_READ_AGAIN)
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    menu.set(phones.dialHotline(
                            deskPhone, CallScript.of(press(ada.keypadId() + "#"), press(pin + "#"), press("5"))));
                    return menu.get().heard().contains("For " + scenario + ", enter");
                });
        assertThat(menu.get().heard())
                .contains("There is no open incident for you at the moment. To launch a prepared scenario, press 5.");
        String scenarioKey = keyOf(menu.get(), scenario);
        CallTranscript sites = phones.dialHotline(
                deskPhone,
                CallScript.of(press(ada.keypadId() + "#"), press(pin + "#"), press("5"), press(scenarioKey + "#")));
        Site site = firstSite(sites);

        CallTranscript launch = phones.dialHotline(
                deskPhone,
                CallScript.of(
                        press(ada.keypadId() + "#"),
                        press(pin + "#"),
                        press("5"),
                        press(scenarioKey + "#"),
                        press(site.key() + "#"),
                        press("1"),
                        press("1"),
                        hangUp()));

        assertThat(launch.heard())
                .contains("You are about to launch " + scenario + " at " + site.name() + ", as an exercise.")
                .contains("The scenario " + scenario + " has been launched.");
        String subject = scenario + " at " + site.name();
        for (Member member : List.of(bo, cy)) {
            assertThat(phones.alert(member, subject).body()).contains("Go to the shelter at " + site.name());
        }
        await("Ada is told by SMS that a scenario was launched by phone")
                .atMost(WeekPhones.WAIT)
                .until(() -> phones.texts(ada, scenario).stream()
                        .anyMatch(sms -> sms.body().contains("Launched by phone: " + scenario)));
        JsonNode incident = declared(subject);
        assertThat(incident.get("declaredBy").asText()).isEqualTo(login(ada));
        assertThat(incident.get("exercise").asBoolean()).isTrue();
        System.out.printf(
                "Launch by phone with no incident open, end to end: %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private record Site(String key, String name) {}

    private static final Pattern SITE_ITEM = Pattern.compile("For ([^,]+), enter (\\d+)\\.");

    private static String keyOf(CallTranscript call, String name) {
        Matcher item = Pattern.compile("For " + Pattern.quote(name) + ", enter (\\d+)\\.")
                .matcher(call.heard());
        assertThat(item.find())
                .as("the menu reads %s out: %s", name, call.heard())
                .isTrue();
        return item.group(1);
    }

    private static Site firstSite(CallTranscript call) {
        List<String> heard = call.said();
        String sitePrompt = heard.stream()
                .filter(said -> said.startsWith("Please enter the number of the site"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no site menu in " + heard));
        Matcher item = SITE_ITEM.matcher(sitePrompt);
        assertThat(item.find()).as(sitePrompt).isTrue();
        return new Site(item.group(2), item.group(1));
    }

    private void approvedScenario(String name) {
        String definition =
                """
                {"name":"%s","severity":"MODERATE",
                 "texts":[{"language":"en","subject":"%s at {site}","body":"Go to the shelter at {site} now."}],
                 "audience":{"employeeIds":["%s","%s"]},
                 "statusUpdate":"Shelter drill at {site} started at {time}."}"""
                        .formatted(name, name, bo.employeeId(), cy.employeeId());
        HttpResponse<String> created = client.postAs("commander", "/api/scenarios", definition);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = StackClient.json(created.body()).get("id").asText();
        HttpResponse<String> approved =
                client.postAs("admin", "/api/scenarios/" + id + "/approvals", "{\"version\":1}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    }

    private void commanderLogin(Member member) {
        HttpResponse<String> created = client.postAs(
                "admin",
                "/api/logins",
                """
                {"username":"%s","password":"a long enough password %s","roles":["COMMANDER"],"employeeId":"%s"}"""
                        .formatted(login(member), cast.run(), member.employeeId()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private String login(Member member) {
        return member.name().split(" ")[0].toLowerCase() + "." + cast.run();
    }

    private static JsonNode declared(String title) {
        AtomicReference<JsonNode> found = new AtomicReference<>();
        await("the incident " + title + " is declared").atMost(WeekPhones.WAIT).until(() -> {
            for (JsonNode incident : client.getAs("commander", "/api/incidents?limit=100")) {
                if (title.equals(incident.get("title").asText())) {
                    found.set(incident);
                    return true;
                }
            }
            return false;
        });
        return found.get();
    }
}
