package io.muster.local;

import static io.muster.local.AnswerLedger.Answer.answer;
import static io.muster.local.AnswerLedger.Answer.lateAnswer;
import static io.muster.simulator.CallScript.Step.hangUp;
import static io.muster.simulator.CallScript.Step.press;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.local.AnswerLedger.Incident;
import io.muster.local.WeekCast.Member;
import io.muster.local.WeekPhones.Sms;
import io.muster.simulator.CallScript;
import io.muster.simulator.CallTranscript;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A week in the life (issue 14's "Done when"), on the run command's processes: eight people, one of them
 * French, through five incidents and drills, consecutive and overlapping, with escalation steps (a call tree
 * whose steps fall due after 5 seconds), the ladder's and HR's reminders, closures with all-clears, late and
 * changed answers, answering by bare SMS, SMS with a code, the voice keypad, an email reply, the answer link
 * and the hotline with a PIN. Each answer is followed until HR sees it on the intended incident; at the end
 * every person's history on every incident must equal the ledger of the week, exactly.
 *
 * <p>Monday's evacuation drill and Thursday's gas leak drill use the short steps; Tuesday's power cut is followed,
 * while still open, by Wednesday's flood, and Thursday's bomb threat overlaps the gas leak drill.
 */
@ExtendWith(SharedStack.Resolver.class)
class WeekInTheLifeTests {

    private static final String SMS = "SMS";
    private static final String VOICE = "VOICE";
    private static final String EMAIL = "EMAIL";
    private static final String WEB = "WEB";
    private static final String HOTLINE = "HOTLINE";
    private static final String SAFE = "SAFE";
    private static final String NEEDS_HELP = "NEEDS_HELP";

    private static LocalStack stack;
    private static StackClient client;
    private static StackDatabase db;

    private final WeekCast cast = WeekCast.fresh();
    private final Member ada = cast.add("Ada Lovelace", "en", "SMS");
    private final Member amelie = cast.add("Amelie Dubois", "fr-FR", "SMS");
    private final Member bo = cast.add("Bo Lindqvist", "en", "SMS;VOICE");
    private final Member chen = cast.add("Chen Wei", "en", "EMAIL;SMS");
    private final Member dana = cast.add("Dana Scully", "en", "SMS");
    private final Member eli = cast.add("Eli Cohen", "en", "SMS");
    private final Member fay = cast.add("Fay Wray", "en", "SMS");
    private final Member gus = cast.add("Gus Grissom", "en", "SMS");
    private final List<Member> everyone = cast.members();
    private final String deskPhone = cast.unlistedPhone();

    private WeekPhones phones;
    private AnswerLinks links;
    private MailReplies mail;
    private GatewayIndex gateway;
    private AnswerLedger ledger;
    private UUID drillTree;
    private String eliPin;
    /** Every reply code each person was given, by incident, to check that none is given twice while in use. */
    private final Map<Member, Map<Incident, String>> codes = new LinkedHashMap<>();

    @BeforeAll
    static void useTheStack(SharedStack shared) {
        stack = shared.stack();
        client = shared.client();
        db = new StackDatabase(stack.settings());
    }

    @AfterAll
    static void closeTheDatabase() throws SQLException {
        db.close();
    }

    @Test
    void theSamePeopleThroughAWeekOfIncidentsAndDrillsHaveEveryAnswerCountedOnceOnTheIntendedIncident()
            throws Exception {
        long start = System.nanoTime();
        seedTheCast();
        Incident evacuationDrill = monday();
        long monday = System.nanoTime();
        Incident powerCut = tuesday(evacuationDrill);
        long tuesday = System.nanoTime();
        wednesday(powerCut);
        long wednesday = System.nanoTime();
        thursday();
        long thursday = System.nanoTime();

        ledger.assertEveryAnswerLandedOnceWhereIntended();
        System.out.printf(
                "Week in the life: Monday %.1f s, Tuesday %.1f s, Wednesday %.1f s, Thursday %.1f s, Friday's check %.1f s%n",
                (monday - start) / 1e9,
                (tuesday - monday) / 1e9,
                (wednesday - tuesday) / 1e9,
                (thursday - wednesday) / 1e9,
                (System.nanoTime() - thursday) / 1e9);
        codes.forEach((member, byIncident) -> assertThat(byIncident.values())
                .as("%s's reply codes this week (%s)", member.name(), byIncident)
                .doesNotHaveDuplicates());
    }

    private void seedTheCast() {
        phones = new WeekPhones(stack.simulator(), stack.settings(), client);
        links = new AnswerLinks();
        mail = new MailReplies(stack.mail(), stack.settings().ports().smtp());
        gateway = new GatewayIndex(db);
        cast.seed(client);
        ledger = new AnswerLedger(client, cast);
        drillTree = cast.callTree(client, "PT5S");
        eliPin = cast.resetPin(client, eli);
    }

    /**
     * An evacuation drill for everyone on the call tree with 5-second steps. Bo answers on the keypad of the call
     * the second step makes, Ada the alert with a bare "1", Amelie (French) the reminder with a bare "oui", Chen by
     * replying to the mail, Dana on the answer page (SAFE with a double tap, then NEEDS_HELP, then SAFE again), Eli
     * through the hotline from a desk phone with his PIN; Fay and Gus stay silent and get the reminder. The drill
     * closes with an all-clear.
     */
    private Incident monday() throws Exception {
        String title = "Evacuation drill " + cast.run();
        String message = "This is a drill: go to the assembly point.";
        Incident drill = declare(title, message, true, drillTree, null, everyone);

        Sms adaAlert = alertOf(ada, drill);
        assertThat(adaAlert.body())
                .isEqualTo("[EXERCISE] " + title + ": " + message + " Reply 1 = safe, 2 = need help (code "
                        + adaAlert.code() + "). Answer: " + adaAlert.link());
        Sms amelieAlert = alertOf(amelie, drill);
        assertThat(amelieAlert.body())
                .isEqualTo("[EXERCICE] " + title + " : " + message
                        + " Répondez 1 = en sécurité, 2 = besoin d'aide (code " + amelieAlert.code() + "). Réponse : "
                        + amelieAlert.link());

        String call = phones.awaitCall(bo, title);
        assertThat(call).startsWith("This is an exercise. Reminder: " + title);
        assertThat(phones.press(bo, "1")).contains("Thank you. Your answer has been recorded.");
        ledger.answered(drill, bo, answer(SAFE, VOICE));

        assertTaken(phones.text(ada, "1"), ada, "[EXERCISE] Thank you. Recorded: SAFE for " + title + ".");
        ledger.answered(drill, ada, answer(SAFE, SMS));

        Sms reminder = phones.awaitSmsStartingWith(amelie, "[EXERCICE] Rappel : " + title + " : " + message);
        assertThat(reminder.code()).as("the reminder asks the same question").isEqualTo(amelieAlert.code());
        assertTaken(
                phones.text(amelie, "oui"),
                amelie,
                "[EXERCICE] Merci. Réponse enregistrée : en sécurité pour " + title + ".");
        ledger.answered(drill, amelie, answer(SAFE, SMS));

        mail.reply(chen, mail.awaitAlert(chen, title), "1");
        ledger.answered(drill, chen, answer(SAFE, EMAIL));

        String danaLink = alertOf(dana, drill).link();
        assertThat(links.doubleTap(danaLink, SAFE)).contains("Recorded: <strong>SAFE</strong> for " + title);
        ledger.answered(drill, dana, answer(SAFE, WEB));
        assertThat(links.answer(danaLink, NEEDS_HELP)).contains("Recorded: <strong>NEEDS_HELP</strong> for " + title);
        ledger.answered(drill, dana, answer(NEEDS_HELP, WEB));
        assertThat(links.answer(danaLink, SAFE)).contains("Recorded: <strong>SAFE</strong> for " + title);
        ledger.answered(drill, dana, answer(SAFE, WEB));

        alertOf(eli, drill);
        gateway.awaitPin(cast.idOf(eli));
        gateway.awaitHotlineRequest(cast.idOf(eli), drill.id());
        CallTranscript hotline = phones.dialHotline(
                deskPhone, CallScript.of(press(eli.keypadId() + "#"), press(eliPin + "#"), press("1"), hangUp()));
        assertThat(hotline.heard()).contains(title).contains("press 1");
        ledger.answered(drill, eli, answer(SAFE, HOTLINE));

        for (Member silent : List.of(fay, gus)) {
            Sms alert = alertOf(silent, drill);
            Sms ladderReminder = phones.awaitSmsStartingWith(silent, "[EXERCISE] Reminder: " + title + ": " + message);
            assertThat(ladderReminder.code()).isEqualTo(alert.code());
        }
        assertTheCommanderSeesTheSteps(drill);

        close(drill, "Drill over, thank you.");
        assertThat(phones.awaitSmsStartingWith(ada, "[EXERCISE] All clear: " + title)
                        .body())
                .isEqualTo("[EXERCISE] All clear: " + title + ". No further action is needed. Drill over, thank you.");
        Sms finDAlerte = phones.awaitSmsStartingWith(amelie, "[EXERCICE] Fin d'alerte : " + title);
        assertThat(finDAlerte.body())
                .isEqualTo("[EXERCICE] Fin d'alerte : " + title
                        + ". Aucune autre action n'est nécessaire. Drill over, thank you.");
        assertThat(finDAlerte.link()).as("an all-clear asks nothing").isNull();
        return drill;
    }

    /** Bo's ladder went from the text to a call, answered there; Gus's text was followed by one reminder text. */
    private void assertTheCommanderSeesTheSteps(Incident drill) {
        await("the steps of " + drill + " as the commander sees them")
                .atMost(WeekPhones.WAIT)
                .untilAsserted(() -> {
                    JsonNode incident = client.getAs("commander", "/api/incidents/" + drill.id());
                    assertThat(channelHistory(incident, bo))
                            .containsSubsequence("SMS SENT", "VOICE SENT", "VOICE ANSWERED");
                    assertThat(channelHistory(incident, gus))
                            .filteredOn("SMS SENT"::equals)
                            .hasSize(2);
                });
    }

    /**
     * A power cut for everyone the day after the drill. Ada's bare "1" goes to it, never to the closed drill;
     * Fay's "1 code" names the drill and is recorded there as late, then her bare "2" (whose webhook the provider
     * delivers twice) and "1" change her answer on the power cut; Gus answers the drill late on its page; Chen
     * answers by mail; HR reminds the others and Eli answers the reminder with a bare "1".
     */
    private Incident tuesday(Incident drill) throws Exception {
        String title = "Power cut at Riverside " + cast.run();
        Incident powerCut = declare(title, "Leave the building by the stairs.", false, null, cast.role(), everyone);
        for (Member member : List.of(ada, amelie, bo, dana, eli, fay, gus)) {
            alertOf(member, powerCut);
        }

        assertTaken(phones.text(ada, "1"), ada, "Thank you. Recorded: SAFE for " + title + ".");
        ledger.answered(powerCut, ada, answer(SAFE, SMS));

        assertThat(phones.text(fay, "1 " + codes.get(fay).get(drill)))
                .isEqualTo("[EXERCISE] Thank you. Recorded: SAFE for " + drill.title()
                        + " (after the alert's reply time).");
        ledger.answered(drill, fay, lateAnswer(SAFE, SMS));
        List<String> twice = phones.textDeliveredTwice(fay, "2");
        assertTaken(twice.get(0), fay, "Thank you. Recorded: NEEDS_HELP for " + title + ".");
        assertThat(twice.get(1))
                .as("the same webhook again is answered the same")
                .isEqualTo(twice.get(0));
        ledger.answered(powerCut, fay, answer(NEEDS_HELP, SMS));
        assertTaken(phones.text(fay, "1"), fay, "Thank you. Recorded: SAFE for " + title + ".");
        ledger.answered(powerCut, fay, answer(SAFE, SMS));

        String gusLink = phones.alert(gus, drill.title()).link();
        assertThat(links.open(gusLink)).contains("This incident has been closed.");
        assertThat(links.answer(gusLink, SAFE))
                .contains("Recorded: <strong>SAFE</strong> for " + drill.title())
                .contains("recorded as a late answer");
        ledger.answered(drill, gus, lateAnswer(SAFE, WEB));

        mail.reply(chen, mail.awaitAlert(chen, title), "2");
        ledger.answered(powerCut, chen, answer(NEEDS_HELP, EMAIL));

        HttpResponse<String> reminded = client.postAs("hr", "/api/incidents/" + powerCut.id() + "/reminders", "{}");
        assertThat(reminded.statusCode()).as(reminded.body()).isEqualTo(200);
        assertThat(StackClient.json(reminded.body()).get("reminded").asInt())
                .as("Amelie, Bo, Dana, Eli and Gus had not answered")
                .isEqualTo(5);
        Sms eliReminder = phones.awaitSmsStartingWith(eli, "Reminder: " + title + ": ");
        assertThat(eliReminder.code()).isEqualTo(codes.get(eli).get(powerCut));
        assertThat(phones.awaitSmsStartingWith(amelie, "Rappel : " + title + " : ")
                        .code())
                .isEqualTo(codes.get(amelie).get(powerCut));
        assertTaken(phones.text(eli, "1"), eli, "Thank you. Recorded: SAFE for " + title + ".");
        ledger.answered(powerCut, eli, answer(SAFE, SMS));
        return powerCut;
    }

    /**
     * A flood for four of them while the power cut is still open: a bare answer is asked which (in each one's
     * language) and recorded nowhere, an answer with a code lands on the incident it names, a link on its own
     * incident. Once the power cut has closed, Bo's and Dana's bare "1" go to the flood (Dana's changes her
     * NEEDS_HELP from the page).
     */
    private void wednesday(Incident powerCut) throws Exception {
        String title = "Flood at Hilltop " + cast.run();
        Incident flood = declare(title, "Move to the upper floors.", false, null, null, List.of(ada, amelie, bo, dana));
        for (Member member : flood.recipients()) {
            gateway.awaitRequest(alertOf(member, flood).notificationId());
        }
        String adaFlood = codes.get(ada).get(flood);
        String adaPowerCut = codes.get(ada).get(powerCut);
        assertThat(phones.text(ada, "1"))
                .as("a bare answer with two incidents open")
                .isEqualTo("You have 2 open alerts. Reply 1 " + adaFlood + " for \"" + title + "\", 1 " + adaPowerCut
                        + " for \"" + powerCut.title() + "\".");
        assertTaken(phones.text(ada, "1 " + adaFlood), ada, "Thank you. Recorded: SAFE for " + title + ".");
        ledger.answered(flood, ada, answer(SAFE, SMS));

        String amelieFlood = codes.get(amelie).get(flood);
        String ameliePowerCut = codes.get(amelie).get(powerCut);
        assertThat(phones.text(amelie, "oui"))
                .isEqualTo("Vous avez 2 alertes en cours. Répondez 1 " + amelieFlood + " pour \"" + title + "\", 1 "
                        + ameliePowerCut + " pour \"" + powerCut.title() + "\".");
        assertTaken(
                phones.text(amelie, "aide " + ameliePowerCut),
                amelie,
                "Merci. Réponse enregistrée : besoin d'aide pour " + powerCut.title() + ".");
        ledger.answered(powerCut, amelie, answer(NEEDS_HELP, SMS));
        assertTaken(
                phones.text(amelie, "oui " + amelieFlood),
                amelie,
                "Merci. Réponse enregistrée : en sécurité pour " + title + ".");
        ledger.answered(flood, amelie, answer(SAFE, SMS));

        assertTaken(
                phones.text(bo, "1 " + codes.get(bo).get(powerCut)),
                bo,
                "Thank you. Recorded: SAFE for " + powerCut.title() + ".");
        ledger.answered(powerCut, bo, answer(SAFE, SMS));

        assertThat(links.answer(alertOf(dana, flood).link(), NEEDS_HELP))
                .contains("Recorded: <strong>NEEDS_HELP</strong> for " + title);
        ledger.answered(flood, dana, answer(NEEDS_HELP, WEB));

        close(powerCut, null);
        phones.awaitSmsStartingWith(bo, "All clear: " + powerCut.title());
        phones.awaitSmsStartingWith(dana, "All clear: " + powerCut.title());
        gateway.awaitClosed(powerCut.id());
        assertTaken(phones.text(bo, "1"), bo, "Thank you. Recorded: SAFE for " + title + ".");
        ledger.answered(flood, bo, answer(SAFE, SMS));
        assertTaken(phones.text(dana, "1"), dana, "Thank you. Recorded: SAFE for " + title + ".");
        ledger.answered(flood, dana, answer(SAFE, SMS));

        close(flood, null);
    }

    /**
     * A gas leak drill for everyone on the short steps, and a bomb threat for four of them while it runs. Bo
     * presses 2 then 1 on the drill's call (a changed answer on one call); Eli calls the hotline, chooses the bomb
     * threat and needs help; Chen answers the bomb threat by mail; Amelie answers the drill on its (French) page
     * and the bomb threat by code, changing her mind; Ada, Dana and Fay answer the drill alone. Once the drill has
     * closed, Bo's bare "1" goes to the bomb threat and Chen's mail to the drill is late.
     */
    private void thursday() throws Exception {
        String drillTitle = "Gas leak drill " + cast.run();
        String message = "This is a drill: leave by the east exit.";
        Incident drill = declare(drillTitle, message, true, drillTree, null, everyone);

        alertOf(bo, drill);
        phones.awaitCall(bo, drillTitle);
        assertThat(phones.press(bo, "2")).contains("Thank you. Your answer has been recorded.");
        assertThat(phones.press(bo, "1")).contains("Thank you. Your answer has been recorded.");
        ledger.answered(drill, bo, answer(NEEDS_HELP, VOICE), answer(SAFE, VOICE));

        // The threat comes once the drill has reached everyone (the hotline lists incidents by when they asked).
        alertOf(eli, drill);
        gateway.awaitHotlineRequest(cast.idOf(eli), drill.id());
        String threatTitle = "Bomb threat at Hilltop " + cast.run();
        Incident threat = declare(
                threatTitle, "Leave the site by the main gate.", false, null, null, List.of(amelie, bo, chen, eli));

        alertOf(ada, drill);
        assertTaken(phones.text(ada, "1"), ada, "[EXERCISE] Thank you. Recorded: SAFE for " + drillTitle + ".");
        ledger.answered(drill, ada, answer(SAFE, SMS));

        alertOf(eli, threat);
        gateway.awaitHotlineRequest(cast.idOf(eli), threat.id());
        CallTranscript hotline = phones.dialHotline(
                deskPhone,
                CallScript.of(press(eli.keypadId() + "#"), press(eliPin + "#"), press("2"), press("2"), hangUp()));
        assertThat(hotline.heard())
                .contains("You are part of 2 open incidents.")
                .contains("For " + drillTitle + ", press 1.")
                .contains("For " + threatTitle + ", press 2.");
        ledger.answered(threat, eli, answer(NEEDS_HELP, HOTLINE));

        mail.reply(chen, mail.awaitAlert(chen, threatTitle), "1");
        ledger.answered(threat, chen, answer(SAFE, EMAIL));

        String amelieDrillLink = alertOf(amelie, drill).link();
        assertThat(links.open(amelieDrillLink)).contains("lang=\"fr\"").contains("[EXERCICE] " + drillTitle);
        assertThat(links.answer(amelieDrillLink, SAFE))
                .contains("Réponse enregistrée : <strong>en sécurité</strong> pour " + drillTitle);
        ledger.answered(drill, amelie, answer(SAFE, WEB));
        String amelieThreat = alertOf(amelie, threat).code();
        assertTaken(
                phones.text(amelie, "aide " + amelieThreat),
                amelie,
                "Merci. Réponse enregistrée : besoin d'aide pour " + threatTitle + ".");
        ledger.answered(threat, amelie, answer(NEEDS_HELP, SMS));
        assertTaken(
                phones.text(amelie, "oui " + amelieThreat),
                amelie,
                "Merci. Réponse enregistrée : en sécurité pour " + threatTitle + ".");
        ledger.answered(threat, amelie, answer(SAFE, SMS));

        assertThat(links.answer(alertOf(dana, drill).link(), SAFE))
                .contains("Recorded: <strong>SAFE</strong> for " + drillTitle);
        ledger.answered(drill, dana, answer(SAFE, WEB));

        alertOf(fay, drill);
        assertTaken(phones.text(fay, "safe"), fay, "[EXERCISE] Thank you. Recorded: SAFE for " + drillTitle + ".");
        ledger.answered(drill, fay, answer(SAFE, SMS));
        alertOf(gus, drill);

        close(drill, "Drill over.");
        phones.awaitSmsStartingWith(bo, "[EXERCISE] All clear: " + drillTitle);
        gateway.awaitClosed(drill.id());
        assertTaken(phones.text(bo, "1"), bo, "Thank you. Recorded: SAFE for " + threatTitle + ".");
        ledger.answered(threat, bo, answer(SAFE, SMS));
        mail.reply(chen, mail.awaitAlert(chen, drillTitle), "1");
        ledger.answered(drill, chen, lateAnswer(SAFE, EMAIL));

        close(threat, null);
    }

    /**
     * Declares for the given people (by role when {@code role} is set, else by employee id; on the call tree when
     * one is given) and notes the incident in the ledger.
     */
    private Incident declare(
            String title,
            String message,
            boolean exercise,
            @Nullable UUID callTree,
            @Nullable String role,
            List<Member> recipients) {
        String notify = callTree != null
                ? ""
                : role != null
                        ? ",\"notify\":{\"roles\":[\"" + role + "\"]}"
                        : ",\"notify\":{\"employeeIds\":["
                                + recipients.stream()
                                        .map(m -> '"' + m.employeeId() + '"')
                                        .collect(Collectors.joining(","))
                                + "]}";
        String json =
                "{\"title\":\"%s\",\"message\":\"%s\",\"severity\":\"%s\",\"priority\":\"%s\",\"exercise\":%s%s%s}"
                        .formatted(
                                title,
                                message,
                                exercise ? "MODERATE" : "HIGH",
                                exercise ? "NORMAL" : "LIFE_SAFETY",
                                exercise,
                                callTree == null ? "" : ",\"callTreeId\":\"" + callTree + "\"",
                                notify);
        HttpResponse<String> declared = client.postAs("commander", "/api/incidents", json);
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);
        Incident incident =
                new Incident(StackClient.json(declared.body()).get("id").asText(), title, List.copyOf(recipients));
        ledger.opened(incident);
        return incident;
    }

    /** Closes the incident; the all-clear goes to everyone it asked. */
    private void close(Incident incident, @Nullable String note) {
        HttpResponse<String> closed = client.postAs(
                "commander",
                "/api/incidents/" + incident.id() + "/close",
                note == null ? "{}" : "{\"note\":\"" + note + "\"}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(StackClient.json(closed.body()).get("allClearTo").asInt())
                .isEqualTo(incident.recipients().size());
    }

    /** The person's alert text about the incident (its code noted for the week's check). */
    private Sms alertOf(Member member, Incident incident) {
        Sms alert = phones.alert(member, incident.title());
        assertThat(alert.code()).as("a reply code in " + alert.body()).isNotNull();
        codes.computeIfAbsent(member, m -> new LinkedHashMap<>()).put(incident, alert.code());
        return alert;
    }

    /**
     * A bare or coded answer was taken: thanked at once, or (when the gateway had not yet indexed the alert the
     * person had just received) thanked neutrally and held until it has. Never "could not match", never asked
     * which alert.
     */
    private static void assertTaken(String reply, Member member, String thanks) {
        String held =
                member.french() ? "Merci, votre réponse nous est parvenue." : "Thank you. We have received your reply.";
        assertThat(reply).as("%s's answer was taken", member.name()).isIn(thanks, held);
    }

    /** "SMS SENT", "VOICE ANSWERED", ... in time order. */
    private static List<String> channelHistory(JsonNode incident, Member member) {
        for (JsonNode recipient : incident.get("recipients")) {
            if (recipient.get("employeeId").asText().equals(member.employeeId())) {
                List<String> history = new ArrayList<>();
                recipient
                        .get("channels")
                        .forEach(entry -> history.add((entry.get("channel") == null
                                        ? "-"
                                        : entry.get("channel").asText())
                                + " " + entry.get("status").asText()));
                return history;
            }
        }
        throw new AssertionError("No recipient " + member.employeeId() + " in " + incident);
    }
}
