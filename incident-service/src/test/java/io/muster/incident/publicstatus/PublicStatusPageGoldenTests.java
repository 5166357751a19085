package io.muster.incident.publicstatus;

import io.muster.incident.statement.LanguageText;
import io.muster.incident.statement.PublishedStatement;
import io.muster.testkit.Golden;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The public status page, byte for byte (golden/public-status-page.txt), with hostile statement texts. */
class PublicStatusPageGoldenTests {

    private static final String HOSTILE = "<script>alert('x')</script> & \"quotes\" = `ticks`";

    @Test
    void withoutStatementsAndWithSome() {
        PublicStatusPage page =
                new PublicStatusPage(new PublicStatusProperties("http://localhost:8080", "s@x", "Acme " + HOSTILE, 50));
        List<PublishedStatement> statements = List.of(
                statement(
                        "Alert",
                        false,
                        List.of(
                                new LanguageText("en", null, "Stay away from the river.\nUpdates at noon. " + HOSTILE),
                                new LanguageText("fr-CA", "Inondation " + HOSTILE, "Restez loin de la rivière."))),
                statement("Update", true, List.of(new LanguageText("en", " ", "Water receding."))),
                statement("Cancel " + HOSTILE, false, List.of()));

        Golden.assertMatches("public-status-page", page.write(List.of()) + "=====\n" + page.write(statements));
    }

    private static PublishedStatement statement(String msgType, boolean exercise, List<LanguageText> texts) {
        return new PublishedStatement(
                UUID.nameUUIDFromBytes(msgType.getBytes()),
                UUID.randomUUID(),
                1,
                msgType,
                "Flood " + HOSTILE,
                texts,
                Instant.parse("2024-03-05T07:08:09.123456Z"),
                "cmd",
                exercise,
                true,
                List.of(),
                "Severe",
                "Flood");
    }
}
