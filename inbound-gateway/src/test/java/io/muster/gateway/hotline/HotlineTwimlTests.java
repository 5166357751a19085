package io.muster.gateway.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.GatewayProperties;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class HotlineTwimlTests {

    private static final HotlineProperties.Verification VERIFICATION =
            new HotlineProperties.Verification(5, 10, Duration.ofHours(24), false, 8);
    private static final HotlineProperties PROPERTIES =
            new HotlineProperties(Duration.ofSeconds(90), 8, 2, Duration.ofDays(14), "en", VERIFICATION);

    private final HotlineScripts scripts =
            new HotlineScripts(PROPERTIES, new GatewayProperties("https://muster.example.com/"));
    /** Launching scenarios by phone not set up: the menus as they are without it. */
    private static final IncidentServiceScenarios NO_SCENARIOS = new IncidentServiceScenarios(
            new ScenarioLaunchProperties(null, null, Duration.ofSeconds(1), Duration.ZERO),
            tools.jackson.databind.json.JsonMapper.builder().build(),
            java.time.Clock.systemUTC());

    private final IncidentMenus menus = new IncidentMenus(PROPERTIES, NO_SCENARIOS);
    private final UUID person = UUID.randomUUID();

    @Test
    void aRecordingReportsItsStatusToThePublicUrlNamingPersonAndIncident() throws Exception {
        UUID incident = UUID.randomUUID();

        Element record = only(parse(scripts.record(HotlinePrompts.ENGLISH, person, incident, "Speak now.")), "Record");

        assertThat(record.getAttribute("maxLength")).isEqualTo("90");
        assertThat(record.getAttribute("finishOnKey")).isEqualTo("#");
        assertThat(record.getAttribute("action")).isEqualTo("/webhooks/twilio/hotline/recorded?lang=en");
        assertThat(record.getAttribute("recordingStatusCallback"))
                .isEqualTo("https://muster.example.com/webhooks/twilio/hotline/recording-status?person=" + person
                        + "&incident=" + incident);
        assertThat(record.getAttribute("recordingStatusCallbackEvent")).isEqualTo("completed");
    }

    @Test
    void anUnidentifiedCallersRecordingNamesNeitherPersonNorIncident() throws Exception {
        Element record = only(parse(scripts.unidentified(HotlinePrompts.ENGLISH, null)), "Record");

        assertThat(record.getAttribute("recordingStatusCallback"))
                .isEqualTo("https://muster.example.com/webhooks/twilio/hotline/recording-status");
    }

    @Test
    void titlesAndUpdatesAreSpokenAsWrittenWhateverCharactersTheyHold() throws Exception {
        CallerIncident incident = new CallerIncident(
                person,
                UUID.randomUUID(),
                UUID.randomUUID(),
                true,
                "R&D <lab> fire",
                "Use exit \"B\" & wait",
                null,
                Instant.now(),
                "en",
                true);

        Document twiml = parse(menus.page(new Caller(person, List.of(incident)), incident));

        assertThat(twiml.getElementsByTagName("Say").item(0).getTextContent())
                .isEqualTo("This is an exercise. R&D <lab> fire. Latest update: Use exit \"B\" & wait");
        Element gather = (Element) twiml.getElementsByTagName("Gather").item(0);
        assertThat(gather.getAttribute("action"))
                .matches("/webhooks/twilio/hotline/menu\\?person=" + person + "&incident=" + incident.incidentId()
                        + "&prompt=[0-9a-f]{12}");
        Element again = (Element) twiml.getElementsByTagName("Gather").item(1);
        assertThat(again.getAttribute("action")).isEqualTo(gather.getAttribute("action"));
        assertThat(parse(menus.page(new Caller(person, List.of(incident)), incident))
                        .getElementsByTagName("Gather")
                        .item(0)
                        .getAttributes()
                        .getNamedItem("action")
                        .getNodeValue())
                .as("every page a prompt id of its own")
                .isNotEqualTo(gather.getAttribute("action"));
        assertThat(gather.getAttribute("numDigits")).isEqualTo("1");
    }

    @Test
    void theEmployeeIdIsAskedWithItsLengthAndFallsThroughToTheLastTry() throws Exception {
        Document twiml =
                parse(scripts.askEmployeeId(HotlinePrompts.ENGLISH, 1, true, HotlinePrompts.ENGLISH.welcome()));

        Element gather = only(twiml, "Gather");
        assertThat(gather.getAttribute("numDigits")).isEqualTo("8");
        assertThat(gather.getAttribute("action")).isEqualTo("/webhooks/twilio/hotline/identify?attempt=1&lang=en");
        assertThat(only(twiml, "Redirect").getTextContent())
                .isEqualTo("/webhooks/twilio/hotline/identify?attempt=2&lang=en");
    }

    @Test
    void aFrenchCallerHearsTheUpdateFramingAndTheMenuInFrenchWithAFrenchVoice() throws Exception {
        CallerIncident incident = new CallerIncident(
                person,
                UUID.randomUUID(),
                UUID.randomUUID(),
                true,
                "Incendie",
                null,
                null,
                Instant.now(),
                "fr_CA",
                true);

        Document twiml = parse(menus.page(new Caller(person, List.of(incident)), incident));

        Element heading = (Element) twiml.getElementsByTagName("Say").item(0);
        assertThat(heading.getTextContent())
                .isEqualTo("Ceci est un exercice. Incendie. Il n'y a pas encore d'information.");
        assertThat(heading.getAttribute("language")).isEqualTo("fr-FR");
        assertThat(twiml.getElementsByTagName("Say").item(1).getTextContent())
                .isEqualTo(HotlinePrompts.of("fr").menu() + " "
                        + ColleaguePrompts.of("fr").menu());
    }

    @Test
    void aCallerWhoWasNotOfferedTheAlternateSiteIsNotOfferedItOnTheHotline() throws Exception {
        CallerIncident incident = new CallerIncident(
                person, UUID.randomUUID(), UUID.randomUUID(), false, "Fire", null, null, Instant.now(), "en", false);

        Document twiml = parse(menus.page(new Caller(person, List.of(incident)), incident));

        assertThat(twiml.getElementsByTagName("Say").item(1).getTextContent())
                .isEqualTo(
                        "To report that you are safe, press 1. If you need help, press 2. "
                                + "To record a message for the response team, press 4. To hear the update again, press 9. "
                                + "To leave a message for a colleague or a team, press 6. To hear messages left for you, press 7.");
    }

    @Test
    void aCallerInvitedToTheBridgeIsOfferedItAfterTheMenu() throws Exception {
        CallerIncident incident = new CallerIncident(
                person,
                UUID.randomUUID(),
                UUID.randomUUID(),
                false,
                "Fire",
                null,
                null,
                Instant.now(),
                "fr",
                true,
                true);

        Document twiml = parse(menus.page(new Caller(person, List.of(incident)), incident));

        assertThat(twiml.getElementsByTagName("Say").item(1).getTextContent())
                .endsWith("appuyez sur 7. Pour rejoindre la conférence de la cellule de crise, appuyez sur 8.");
    }

    @Test
    void aCallerWithoutALanguageWeSpeakHearsTheDefault() {
        CallerIncident incident = new CallerIncident(
                person, UUID.randomUUID(), UUID.randomUUID(), false, "Fire", null, null, Instant.now(), "de", false);
        var french = new HotlineProperties(Duration.ofSeconds(90), 8, 2, Duration.ofDays(14), "fr", VERIFICATION);

        assertThat(menus.prompts(new Caller(person, List.of(incident)))).isSameAs(HotlinePrompts.ENGLISH);
        assertThat(new IncidentMenus(french, NO_SCENARIOS).prompts(new Caller(person, List.of(incident))))
                .isSameAs(HotlinePrompts.of("fr"));
        assertThat(french.prompts("en")).isSameAs(HotlinePrompts.ENGLISH);
        assertThat(french.prompts("not a language")).isSameAs(HotlinePrompts.of("fr"));
    }

    @Test
    void withFrenchAsTheDefaultAnUnknownCallerIsAskedInFrenchAndOfferedEnglish() throws Exception {
        var french = new HotlineProperties(Duration.ofSeconds(90), 8, 2, Duration.ofDays(14), "fr", VERIFICATION);
        var frenchScripts = new HotlineScripts(french, new GatewayProperties("https://muster.example.com/"));
        HotlinePrompts prompts = french.prompts(null);

        Document twiml = parse(frenchScripts.askEmployeeId(prompts, 1, true, prompts.welcome()));

        Element gather = only(twiml, "Gather");
        assertThat(gather.getAttribute("action")).isEqualTo("/webhooks/twilio/hotline/identify?attempt=1&lang=fr");
        Element offer = (Element) gather.getElementsByTagName("Say").item(1);
        assertThat(offer.getTextContent()).isEqualTo("For English, press star, then hash.");
        assertThat(offer.getAttribute("language")).isEqualTo("en-US");
        assertThat(((Element) twiml.getElementsByTagName("Say").item(0)).getAttribute("language"))
                .isEqualTo("fr-FR");
    }

    @Test
    void aMessageRecordedInFrenchIsThankedInFrench() throws Exception {
        Element record = only(parse(scripts.unidentified(HotlinePrompts.of("fr"), null)), "Record");

        assertThat(record.getAttribute("action")).isEqualTo("/webhooks/twilio/hotline/recorded?lang=fr");
    }

    private static Element only(Document twiml, String verb) {
        assertThat(twiml.getElementsByTagName(verb).getLength()).isEqualTo(1);
        return (Element) twiml.getElementsByTagName(verb).item(0);
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
