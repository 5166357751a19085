package io.muster.incident.publicstatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.muster.incident.statement.LanguageText;
import io.muster.incident.statement.PublishedStatement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

class CapDocumentTests {

    private final PublicStatusProperties properties =
            new PublicStatusProperties("https://status.example.org/", "status@example.org", "Example & Co", 50);
    private final CapDocument cap = new CapDocument(properties);

    @Test
    void anUpdateInTwoLanguagesWithReferencesIsValidCap() throws Exception {
        UUID earlier = UUID.randomUUID();
        String document = cap.write(statement(
                "Update",
                false,
                List.of(new PublishedStatement.Reference(earlier, Instant.parse("2026-11-21T09:15:02.345Z")))));

        CapSchema.validate(document);
        assertThat(document)
                .contains("<msgType>Update</msgType>")
                .contains("<status>Actual</status>")
                .contains("<sent>2026-11-21T09:20:00-00:00</sent>")
                .contains("<references>status@example.org,urn:uuid:" + earlier
                        + ",2026-11-21T09:15:02-00:00</references>")
                .contains("<language>fr</language>")
                .contains("<severity>Severe</severity>")
                .contains("<senderName>Example &amp; Co</senderName>")
                .contains("<web>https://status.example.org/status</web>");
    }

    @Test
    void anExerciseSaysSoAndMarkupInTextsStaysText() throws Exception {
        String document = cap.write(statement("Alert", true, List.of()));

        CapSchema.validate(document);
        assertThat(document)
                .contains("<status>Exercise</status>")
                .contains("&lt;script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void theSchemaRejectsWhatCapForbids() {
        String valid = cap.write(statement("Alert", false, List.of()));
        assertThatCode(() -> CapSchema.validate(valid)).doesNotThrowAnyException();

        for (String broken : List.of(
                valid.replace("-00:00</sent>", "Z</sent>"),
                valid.replace("<msgType>Alert</msgType>", "<msgType>Notice</msgType>"),
                valid.replace("<scope>Public</scope>", ""),
                valid.replace("<category>Other</category>", "<category>Weather</category>"),
                valid.replace("<sender>status@example.org</sender>", "<sender>status example</sender>"),
                valid.replace(
                        "<status>Actual</status><msgType>Alert</msgType>",
                        "<msgType>Alert</msgType><status>Actual</status>"))) {
            assertThat(broken).isNotEqualTo(valid);
            assertThatThrownBy(() -> CapSchema.validate(broken)).isInstanceOf(SAXException.class);
        }
    }

    private static PublishedStatement statement(
            String msgType, boolean exercise, List<PublishedStatement.Reference> references) {
        return new PublishedStatement(
                UUID.randomUUID(),
                UUID.randomUUID(),
                1,
                msgType,
                "Office <script>alert(1)</script> closed",
                List.of(
                        new LanguageText("en", null, "The office is closed."),
                        new LanguageText("fr", "Bureau fermé", "Le bureau est fermé.")),
                Instant.parse("2026-11-21T09:20:00.789Z"),
                "spokesperson",
                exercise,
                true,
                references,
                "HIGH",
                "General incident");
    }
}
