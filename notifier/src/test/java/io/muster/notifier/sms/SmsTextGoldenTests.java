package io.muster.notifier.sms;

import io.muster.messages.AlertTexts;
import io.muster.messages.Messages;
import io.muster.notifier.golden.Golden;
import io.muster.notifier.golden.GoldenCases;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of SMS in both languages reads exactly as pinned in golden/sms.txt, byte for byte. */
class SmsTextGoldenTests {

    private final SmsText texts =
            new SmsText(new AlertTexts(new Messages()), SmsTextTests.notifier("https://muster.example"));

    @Test
    void everySmsReadsExactlyAsPinned() {
        Map<String, String> rendered = new LinkedHashMap<>();
        GoldenCases.all().forEach((name, request) -> rendered.put(name, texts.of(request, SmsTextTests.TOKEN)));

        Golden.assertMatches("sms.txt", rendered);
    }
}
