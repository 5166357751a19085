package io.muster.gateway.hotline;

import static io.muster.simulator.CallScript.Step.hangUp;
import static io.muster.simulator.CallScript.Step.press;
import static io.muster.simulator.CallScript.Step.say;
import static io.muster.simulator.CallScript.Step.silence;
import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.GatewayIntegrationTest;
import io.muster.gateway.hotline.HotlineFixtures.Requested;
import io.muster.gateway.incident.Incidents;
import io.muster.simulator.CallScript;
import io.muster.simulator.CallTranscript;
import io.muster.simulator.PhoneSimulator;
import io.muster.simulator.SimulatorSettings;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** French and English on the hotline, dialled through the phone simulator. */
class HotlineLanguagesIntegrationTests extends GatewayIntegrationTest {

    private static final String HOTLINE = HotlineIntegrationTests.HOTLINE;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private HotlineRequests requests;

    @Autowired
    private Incidents incidents;

    @Autowired
    private HotlinePins pins;

    private PhoneSimulator simulator;
    private HotlineFixtures fixtures;

    @BeforeEach
    void start() {
        simulator = PhoneSimulator.start(SimulatorSettings.builder()
                .port(0)
                .account(HotlineIntegrationTests.ACCOUNT, TOKEN)
                .incomingNumber(HOTLINE, BASE_URL + "/webhooks/twilio/voice/inbound")
                .inputTimeoutCap(Duration.ofSeconds(2))
                .build());
        fixtures = new HotlineFixtures(kafka, requests, incidents);
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void aFrenchCallerKnownByNumberHearsTheUpdateAndTheMenuInFrenchReportsAndRecordsAMessage() {
        UUID incident = fixtures.declared("Incendie à Riverside");
        fixtures.updatePosted(incident, "Le bâtiment A reste fermé.");
        Requested request = fixtures.requested(incident, UUID.randomUUID(), newPhoneNumber(), "E-1042", "fr-FR", true);

        try (var probe = probe("muster.reply.v1")) {
            CallTranscript call = simulator.dial(
                    request.phone(), HOTLINE, CallScript.of(press("3"), press("4"), say("Je suis à Northgate")));

            assertThat(call.said())
                    .startsWith(
                            "Bienvenue sur la ligne d'urgence Muster.",
                            "Incendie à Riverside. Dernière information : Le bâtiment A reste fermé.",
                            HotlinePrompts.of("fr").menu() + " "
                                    + ColleaguePrompts.of("fr").menu(),
                            "Merci. Nous avons enregistré que vous êtes sur un site de repli.",
                            HotlinePrompts.of("fr").afterState(),
                            HotlinePrompts.of("fr").record())
                    .contains("Merci. Votre message a été enregistré pour la cellule de crise. Au revoir.");
            JsonNode reply = JSON.readTree(probe.awaitRecord(
                            record -> record.value().contains("\"type\":\"ReplyReceived\"")
                                    && record.value().contains(call.callSid()),
                            PUBLISHED)
                    .value());
            assertThat(reply.get("answer").asString()).isEqualTo("AT_ALTERNATE_SITE");
            assertThat(reply.get("rawAnswer").asString()).isEqualTo("3");
            assertThat(reply.get("notificationId").asString())
                    .isEqualTo(request.notificationId().toString());
            probe.awaitRecord(
                    record -> record.value().contains("\"type\":\"HotlineMessageRecorded\"")
                            && record.value().contains(call.callSid()),
                    PUBLISHED);
        }
    }

    @Test
    void aCallerWhoseSiteHasNoAlternateSiteIsNotOfferedThreeAndPressingItRecordsNothing() {
        UUID incident = fixtures.declared("Fire alarm at Riverside");
        Requested request = fixtures.requested(incident, UUID.randomUUID(), newPhoneNumber(), null, "en", false);

        try (var probe = probe("muster.reply.v1")) {
            CallTranscript call = simulator.dial(request.phone(), HOTLINE, CallScript.of(press("3"), hangUp()));

            assertThat(call.said())
                    .contains(
                            HotlinePrompts.ENGLISH.menuWithoutAlternateSite() + " "
                                    + ColleaguePrompts.of("en").menu(),
                            "Sorry, that is not an option.")
                    .doesNotContain(HotlinePrompts.ENGLISH.menu() + " "
                            + ColleaguePrompts.of("en").menu());
            assertThat(probe.recordsWithin(record -> record.value().contains(call.callSid()), QUIET))
                    .isEmpty();
        }
    }

    @Test
    void anUnknownCallerIsOfferedFrenchOnTheStarKeyThenHearsTheirOwnLanguageOnceIdentified() {
        UUID incident = fixtures.declared("Inondation à Northgate");
        String digits = String.valueOf(10_000 + ThreadLocalRandom.current().nextInt(90_000));
        UUID person = UUID.randomUUID();
        fixtures.requested(incident, person, newPhoneNumber(), "E-" + digits, "fr");
        HotlineFixtures.pinSet(kafka, pins, person, "480913");

        CallTranscript call = simulator.dial(
                newPhoneNumber(),
                HOTLINE,
                CallScript.of(press("*#"), press(digits + "#"), press("480913#"), press("1"), hangUp()));

        assertThat(call.said())
                .startsWith(
                        "Welcome to the Muster hotline.",
                        HotlinePrompts.ENGLISH.askEmployeeId(),
                        "Pour le français, appuyez sur étoile, puis sur dièse.",
                        "Bienvenue sur la ligne d'urgence Muster.",
                        HotlinePrompts.of("fr").askEmployeeId(),
                        HotlinePrompts.of("fr").askPin(),
                        "Inondation à Northgate. Il n'y a pas encore d'information.")
                .contains("Merci. Nous avons enregistré que vous êtes en sécurité.");
    }

    @Test
    void anUnidentifiedCallerWhoChoseFrenchLeavesTheirMessageInFrench() {
        CallTranscript call = simulator.dial(
                newPhoneNumber(),
                HOTLINE,
                CallScript.of(
                        press("*"),
                        press("90000001#"),
                        press("11111111#"),
                        press("90000002#"),
                        press("22222222#"),
                        say("Appelez-moi")));

        assertThat(call.said())
                .contains(
                        HotlinePrompts.of("fr").notVerified() + " "
                                + HotlinePrompts.of("fr").unidentified(),
                        "Merci. Votre message a été enregistré pour la cellule de crise. Au revoir.")
                .doesNotContain(HotlinePrompts.ENGLISH.unidentified());
    }

    @Test
    void anEnglishCallerWhoPressesStarTwiceIsBackInEnglish() {
        CallTranscript call =
                simulator.dial(newPhoneNumber(), HOTLINE, CallScript.of(press("*"), press("*"), silence(), hangUp()));

        assertThat(call.said())
                .containsSubsequence(
                        HotlinePrompts.of("fr").askEmployeeId(),
                        HotlinePrompts.ENGLISH.askEmployeeId(),
                        HotlinePrompts.ENGLISH.unidentified());
    }
}
