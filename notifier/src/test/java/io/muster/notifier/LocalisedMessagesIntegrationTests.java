package io.muster.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Requests as the incident-service sends them (the bare title, the commander's words, the purpose, the alternate
 * site) become texts in the person's language on every channel the notifier writes (docs/reply-model.md).
 */
class LocalisedMessagesIntegrationTests extends NotifierIntegrationTest {

    @Test
    void theAllClearReadsOnceInFrenchBySmsAndByEmail() throws Exception {
        String phone = freshPhoneNumber();
        String email = freshEmail();

        publish(topics.notificationRequests(), allClear(request("NORMAL", "SMS", phone)));
        publish(topics.notificationRequests(), allClear(request("NORMAL", "EMAIL", email)));

        assertThat(smsTo(phone))
                .isEqualTo("Fin d'alerte : Fire alarm at Riverside. Aucune autre action n'est nécessaire.");
        MimeMessage mail = awaitMailTo(email).getFirst();
        assertThat(mail.getSubject()).isEqualTo("[Muster] Fin d'alerte : Fire alarm at Riverside");
        assertThat(textOf(mail))
                .startsWith("Fin d'alerte : Fire alarm at Riverside\n\nAucune autre action n'est nécessaire.\n")
                .doesNotContain("All clear")
                .doesNotContain("Répondre ici");
    }

    @Test
    void aReminderAndWhereToReportAreInThePersonsLanguage() {
        String phone = freshPhoneNumber();
        ObjectNode reminder = request("NORMAL", "SMS", phone);
        reminder.put("locale", "fr-FR").put("purpose", "REMINDER").put("body", "Quittez le bâtiment A.");

        publish(topics.notificationRequests(), reminder);

        assertThat(smsTo(phone))
                .startsWith("Rappel : Fire alarm at Riverside : Quittez le bâtiment A. Si Riverside n'est pas"
                        + " utilisable, rendez-vous à Hilltop Depot, 12 Hill Road. Répondez 1 = en sécurité");
    }

    @Test
    void anEnglishPersonReadsWhereToReportInEnglish() {
        String phone = freshPhoneNumber();

        publish(topics.notificationRequests(), request("NORMAL", "SMS", phone));

        assertThat(smsTo(phone))
                .startsWith("Fire alarm at Riverside: Evacuate building A now. Assemble at the north car park."
                        + " If Riverside cannot be used, go to Hilltop Depot, 12 Hill Road. Reply 1 = safe");
    }

    private static ObjectNode allClear(ObjectNode request) {
        request.put("locale", "fr").put("purpose", "ALL_CLEAR").put("body", "");
        request.putArray("replyOptions");
        request.remove("alternateSite");
        return request;
    }

    private String smsTo(String phone) {
        await().atMost(PATIENCE).until(() -> !simulator.inbox(phone).isEmpty());
        return simulator.inbox(phone).getFirst().body();
    }

    private static String textOf(MimeMessage mail) throws Exception {
        String text =
                (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
        return text.replace("\r\n", "\n"); // SMTP carries CRLF
    }
}
