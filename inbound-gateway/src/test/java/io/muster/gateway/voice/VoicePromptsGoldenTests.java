package io.muster.gateway.voice;

import io.muster.gateway.correlation.AlternateSite;
import io.muster.gateway.correlation.OpenRequest;
import io.muster.gateway.correlation.ReplyOption;
import io.muster.testkit.Golden;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every call's TwiML, for every purpose, in every language, byte for byte (golden/voice-prompts.txt). */
class VoicePromptsGoldenTests {

    private static final List<ReplyOption> OPTIONS = List.of(
            new ReplyOption("1", "SAFE", "I am safe"),
            new ReplyOption("2", "NEEDS_HELP", "I need help"),
            new ReplyOption("3", "AT_ALTERNATE_SITE", "I am at the alternate site"),
            new ReplyOption("4", "CALL_ME", "Call me"));

    @Test
    void everyCallInEveryLanguage() {
        StringBuilder dump = new StringBuilder();
        for (String locale : List.of("en", "fr")) {
            for (String purpose : List.of("ALERT", "REMINDER", "ALL_CLEAR", "SITREP_REMINDER", "TASK_OVERDUE")) {
                for (AlternateSite site : List.of(
                        new AlternateSite("Riverside", "Hilltop", "1 Main St"),
                        new AlternateSite(null, "Hilltop", null))) {
                    OpenRequest request = request(locale, purpose, site, !purpose.equals("ALL_CLEAR"), true);
                    line(
                            dump,
                            locale + " " + purpose + " " + site.site() + " messageAndMenu",
                            VoiceScripts.messageAndMenu(request, "tok", 1).toXml());
                }
                OpenRequest plain = request(locale, purpose, null, true, false);
                line(
                        dump,
                        locale + " " + purpose + " messageOnly",
                        VoiceScripts.messageOnly(plain).toXml());
                line(
                        dump,
                        locale + " " + purpose + " menuAgain",
                        VoiceScripts.menuAgain(plain, "tok", 2).toXml());
                line(
                        dump,
                        locale + " " + purpose + " confirmed",
                        VoiceScripts.confirmed(plain, "tok", 3).toXml());
            }
        }
        line(dump, "keptWhileAway", VoiceScripts.keptWhileAway().toXml());
        line(dump, "apology", VoiceScripts.apology().toXml());
        Golden.assertMatches("voice-prompts", dump.toString());
    }

    private static void line(StringBuilder dump, String what, String xml) {
        dump.append(what).append(": ").append(xml).append('\n');
    }

    private static OpenRequest request(
            String locale, String purpose, AlternateSite site, boolean asks, boolean exercise) {
        return new OpenRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                "+15550100001",
                null,
                "47",
                asks ? OPTIONS : List.of(),
                "Fire at Riverside",
                Instant.now().plusSeconds(600),
                exercise,
                "Leave by the east stairs.",
                locale,
                List.of(),
                purpose,
                site);
    }
}
