package io.muster.notifier.email;

import io.muster.messages.AlertTexts;
import io.muster.messages.Messages;
import io.muster.notifier.golden.Golden;
import io.muster.notifier.golden.GoldenCases;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of email (subject, text, HTML) in both languages reads exactly as pinned in golden/email.txt. */
class EmailContentGoldenTests {

    private static final String TOKEN = "d".repeat(48);

    private final EmailContent content = new EmailContent(new AlertTexts(new Messages()), EmailContentTests.notifier());

    @Test
    void everyEmailReadsExactlyAsPinned() {
        Map<String, String> rendered = new LinkedHashMap<>();
        GoldenCases.all().forEach((name, request) -> {
            rendered.put(name + " / subject", content.subject(request));
            rendered.put(name + " / text", content.text(request, TOKEN));
            rendered.put(name + " / html", content.html(request, TOKEN));
        });

        Golden.assertMatches("email.txt", rendered);
    }
}
