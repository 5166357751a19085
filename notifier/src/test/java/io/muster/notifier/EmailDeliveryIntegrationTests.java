package io.muster.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.notifier.token.AnswerTokens;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EmailDeliveryIntegrationTests extends NotifierIntegrationTest {

    private static final Pattern LINK = Pattern.compile("/answer/([a-z2-7]{48})");

    @Autowired
    AnswerTokens tokens;

    @Test
    void alertEmailHasTextAndHtmlPartsReplyToATokenMessageIdAndTheSignedLinkInBoth() throws Exception {
        String email = freshEmail();
        ObjectNode request = request("LIFE_SAFETY", "EMAIL", email);
        request.put("body", "Evacuate <building A> & assemble");

        publish(topics.priorityNotificationRequests(), request);

        JsonNode sent = awaitOutcome(request, "NotificationSent", "EMAIL");
        MimeMessage mail = awaitMailTo(email).getFirst();
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        String text = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        String token = tokenIn(text);
        assertThat(tokenIn(html)).isEqualTo(token);
        assertThat(tokens.verify(token))
                .contains(UUID.fromString(request.get("notificationId").asString()));
        assertThat(mail.getMessageID()).isEqualTo("<" + token + ".1@muster.local>");
        assertThat(sent.get("providerReference").asString()).isEqualTo(mail.getMessageID());
        assertThat(mail.getReplyTo()[0].toString()).isEqualTo("replies@muster.local");
        assertThat(mail.getHeader("X-Muster-Alert")).containsExactly("true");
        assertThat(mail.getHeader("X-Muster-Exercise")).isNull();
        assertThat(mail.getHeader("X-Priority")).containsExactly("1");
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(text).contains("Evacuate <building A> & assemble");
        assertThat(html).contains("Evacuate &lt;building A&gt; &amp; assemble").doesNotContain("<building A>");
    }

    @Test
    void frenchExerciseIsMarkedAsAnExerciseInFrenchInTheSmsAndTheEmail() throws Exception {
        String email = freshEmail();
        ObjectNode request = request("NORMAL", "SMS", freshPhoneNumber());
        request.put("locale", "fr-FR").put("exercise", true).put("subject", "Alerte incendie");
        ObjectNode second = request("NORMAL", "EMAIL", email);
        second.put("locale", "fr").put("exercise", true).put("subject", "Alerte incendie");

        publish(topics.notificationRequests(), request);
        publish(topics.notificationRequests(), second);

        awaitOutcome(request, "NotificationSent", "SMS");
        String sms = simulator
                .inbox(request.get("channels").get(0).get("address").asString())
                .getFirst()
                .body();
        assertThat(sms)
                .startsWith("[EXERCICE] Alerte incendie : ")
                .contains("Répondez 1 = en sécurité, 2 = besoin d'aide");
        awaitOutcome(second, "NotificationSent", "EMAIL");
        MimeMessage mail = awaitMailTo(email).getFirst();
        assertThat(mail.getSubject()).isEqualTo("[Muster][EXERCICE] Alerte incendie");
        assertThat(mail.getHeader("X-Muster-Exercise")).containsExactly("true");
        String text =
                (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
        assertThat(text)
                .startsWith("CECI EST UN EXERCICE.")
                .contains("Répondre ici : ")
                .contains("1 = Je suis en sécurité / 2 = J'ai besoin d'aide");
    }

    private static String tokenIn(String content) {
        Matcher matcher = LINK.matcher(content);
        assertThat(matcher.find()).as("answer link in " + content).isTrue();
        return matcher.group(1);
    }
}
