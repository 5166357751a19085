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

    private final HotlineScripts scripts = new HotlineScripts(
            new HotlineProperties(Duration.ofSeconds(90), 8, 2, Duration.ofDays(14)),
            new GatewayProperties("https://muster.example.com/"));
    private final IncidentMenus menus = new IncidentMenus();
    private final UUID person = UUID.randomUUID();

    @Test
    void aRecordingReportsItsStatusToThePublicUrlNamingPersonAndIncident() throws Exception {
        UUID incident = UUID.randomUUID();

        Element record = only(parse(scripts.record(person, incident, "Speak now.")), "Record");

        assertThat(record.getAttribute("maxLength")).isEqualTo("90");
        assertThat(record.getAttribute("finishOnKey")).isEqualTo("#");
        assertThat(record.getAttribute("action")).isEqualTo("/webhooks/twilio/hotline/recorded");
        assertThat(record.getAttribute("recordingStatusCallback"))
                .isEqualTo("https://muster.example.com/webhooks/twilio/hotline/recording-status?person=" + person
                        + "&incident=" + incident);
        assertThat(record.getAttribute("recordingStatusCallbackEvent")).isEqualTo("completed");
    }

    @Test
    void anUnidentifiedCallersRecordingNamesNeitherPersonNorIncident() throws Exception {
        Element record = only(parse(scripts.unidentified()), "Record");

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
                Instant.now());

        Document twiml = parse(menus.page(new Caller(person, List.of(incident)), incident));

        assertThat(twiml.getElementsByTagName("Say").item(0).getTextContent())
                .isEqualTo("This is an exercise. R&D <lab> fire. Latest update: Use exit \"B\" & wait");
        Element gather = (Element) twiml.getElementsByTagName("Gather").item(0);
        assertThat(gather.getAttribute("action"))
                .isEqualTo("/webhooks/twilio/hotline/menu?person=" + person + "&incident=" + incident.incidentId());
        assertThat(gather.getAttribute("numDigits")).isEqualTo("1");
    }

    @Test
    void theEmployeeIdIsAskedWithItsLengthAndFallsThroughToTheLastTry() throws Exception {
        Document twiml = parse(scripts.askEmployeeId(1, HotlinePrompts.WELCOME));

        Element gather = only(twiml, "Gather");
        assertThat(gather.getAttribute("numDigits")).isEqualTo("8");
        assertThat(gather.getAttribute("action")).isEqualTo("/webhooks/twilio/hotline/identify?attempt=1");
        assertThat(only(twiml, "Redirect").getTextContent()).isEqualTo("/webhooks/twilio/hotline/identify?attempt=2");
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
