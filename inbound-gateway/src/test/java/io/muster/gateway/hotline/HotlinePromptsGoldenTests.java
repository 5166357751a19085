package io.muster.gateway.hotline;

import io.muster.testkit.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Everything the hotline says, in every language, byte for byte (golden/hotline-prompts.txt). */
class HotlinePromptsGoldenTests {

    @Test
    void everyPromptInEveryLanguage() {
        StringBuilder dump = new StringBuilder();
        for (HotlinePrompts prompts : List.of(HotlinePrompts.ENGLISH, HotlinePrompts.of("fr"))) {
            String code = prompts.code();
            line(dump, code, "code", prompts.code());
            line(dump, code, "say", prompts.say("x").toXml());
            line(dump, code, "other", prompts.other().code());
            line(dump, code, "offer", prompts.offer());
            line(dump, code, "welcome", prompts.welcome());
            line(dump, code, "askEmployeeId", prompts.askEmployeeId());
            line(dump, code, "tryAgain", prompts.tryAgain());
            line(dump, code, "unidentified", prompts.unidentified());
            line(dump, code, "askPin", prompts.askPin());
            line(dump, code, "askPinOrCode", prompts.askPinOrCode());
            line(dump, code, "notVerified", prompts.notVerified());
            line(dump, code, "tooManyAttempts", prompts.tooManyAttempts());
            line(dump, code, "severalIncidents", prompts.severalIncidents(3));
            line(dump, code, "choose", prompts.choose("the fire at Riverside", 2));
            line(dump, code, "exercise", prompts.exercise());
            line(dump, code, "latestUpdate", prompts.latestUpdate("Stay inside."));
            line(dump, code, "noUpdate", prompts.noUpdate());
            line(dump, code, "menu", prompts.menu());
            line(dump, code, "menuWithoutAlternateSite", prompts.menuWithoutAlternateSite());
            line(dump, code, "otherIncident", prompts.otherIncident());
            for (String answer : List.of("SAFE", "NEEDS_HELP", "AT_ALTERNATE_SITE", "CALL_ME")) {
                line(dump, code, "recordedState " + answer, prompts.recordedState(answer));
            }
            line(dump, code, "afterState", prompts.afterState());
            line(dump, code, "record", prompts.record());
            line(dump, code, "noMessage", prompts.noMessage());
            line(dump, code, "messageRecorded", prompts.messageRecorded());
            line(dump, code, "notAnOption", prompts.notAnOption());
            line(dump, code, "noChoice", prompts.noChoice());
            line(dump, code, "goodbye", prompts.goodbye());
            line(dump, code, "noOpenIncident", prompts.noOpenIncident());
        }
        Golden.assertMatches("hotline-prompts", dump.toString());
    }

    private static void line(StringBuilder dump, String code, String what, String text) {
        dump.append(code).append(' ').append(what).append(": ").append(text).append('\n');
    }
}
