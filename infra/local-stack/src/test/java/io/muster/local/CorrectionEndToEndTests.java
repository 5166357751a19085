package io.muster.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.muster.local.WeekCast.Member;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A wrong alert corrected, on the run command's processes (issue 19, "Correct and cancel, fast"): the correction
 * reaches exactly the people the alert reached, on the channel that reached each (a text for one, a mail in French
 * for the other), marked as a correction in their language under the title they were alerted with; a colleague who
 * was not alerted gets nothing.
 */
class CorrectionEndToEndTests extends WholeStackTest {

    private final WeekCast cast = WeekCast.fresh();
    private final Member ada = cast.add("Ada Lovelace", "en", "SMS");
    private final Member amelie = cast.add("Amelie Dubois", "fr-FR", "EMAIL");
    private final Member cy = cast.add("Cy Twombly", "en", "SMS");

    @Test
    void aCorrectionReachesExactlyTheAlertedPeopleOnTheirChannelInTheirLanguage()
            throws MessagingException, IOException {
        long start = System.nanoTime();
        WeekPhones phones = new WeekPhones(stack.simulator(), stack.settings(), client);
        MailReplies mail =
                new MailReplies(stack.mail(), stack.settings().ports().smtp());
        cast.seed(client);
        String title = "Fire in building A " + cast.run();
        String titre = "Incendie au bâtiment A " + cast.run();
        String incidentId = declare(title, titre, List.of(ada, amelie));
        phones.alert(ada, title);
        mail.awaitAlert(amelie, titre);

        HttpResponse<String> corrected = client.postAs(
                "commander",
                "/api/incidents/" + incidentId + "/corrections",
                """
                {"kind":"CORRECTION","requestKey":"fix-%s",
                 "messages":{"en":"The fire is in building B, not A.","fr":"Le feu est dans le bâtiment B, pas A."}}"""
                        .formatted(cast.run()));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
        assertThat(StackClient.json(corrected.body()).get("recipients").asInt()).isEqualTo(2);

        WeekPhones.Sms sms = phones.alert(ada, "Correction: " + title);
        assertThat(sms.body()).contains("The fire is in building B, not A.");
        MimeMessage rectificatif = mail.awaitAlert(amelie, "Rectificatif : " + titre);
        assertThat(MailReplies.text(rectificatif)).contains("Le feu est dans le bâtiment B, pas A.");
        assertThat(phones.texts(ada, "Correction: " + title))
                .as("one correction, once")
                .hasSize(1);
        assertThat(phones.texts(cy, title)).as("Cy was never alerted").isEmpty();
        await("the incident's message is the corrected one")
                .atMost(WeekPhones.WAIT)
                .until(() -> client.getAs("commander", "/api/incidents/" + incidentId)
                        .get("message")
                        .asText()
                        .equals("The fire is in building B, not A."));
        System.out.printf(
                "Correction to exactly the alerted people, end to end: %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private String declare(String title, String titre, List<Member> recipients) {
        return client.declare(
                """
                {"title":"%s","message":"The fire is in building A.","severity":"HIGH","priority":"NORMAL",
                 "texts":[{"language":"fr","title":"%s","message":"Le feu est dans le bâtiment A."}],
                 "exercise":true,"notify":{"employeeIds":[%s]}}"""
                        .formatted(title, titre, employeeIds(recipients)));
    }
}
