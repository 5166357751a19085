package io.muster.notifier.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.messages.AlertTexts;
import io.muster.messages.Messages;
import io.muster.notifier.NotifierProperties;
import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.channel.DeliveryRequest.ChannelAddress;
import io.muster.notifier.channel.DeliveryRequest.ReplyOption;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EmailContentTests {

    private static final String TOKEN = "b".repeat(48);

    private final EmailContent content = new EmailContent(new AlertTexts(new Messages()), notifier());

    static NotifierProperties notifier() {
        return new NotifierProperties(
                URI.create("http://gateway"),
                URI.create("https://answer.example/"),
                Duration.ofSeconds(10),
                2,
                Duration.ofSeconds(5),
                Duration.ofMinutes(3),
                Duration.ofSeconds(15));
    }

    @Test
    void subjectNamesMusterAndMarksExercises() {
        assertThat(content.subject(fireAlarm(false, "en"))).isEqualTo("[Muster] Fire alarm");
        assertThat(content.subject(fireAlarm(true, "en"))).isEqualTo("[Muster][EXERCISE] Fire alarm");
        assertThat(content.subject(fireAlarm(true, "fr"))).isEqualTo("[Muster][EXERCICE] Fire alarm");
    }

    @Test
    void textCarriesTheMessageTheAnswerLinkAndHowToReply() {
        assertThat(content.text(fireAlarm(false, "en"), TOKEN))
                .contains("Evacuate <now> & go.")
                .contains("Answer here: https://answer.example/answer/" + TOKEN)
                .contains("Or reply to this email with 1 = I am safe / 2 = I need help.");
    }

    @Test
    void namesEveryOptionTheRequestOffers() {
        DeliveryRequest alarm = fireAlarm(false, "fr");
        var withAlternateSite = new DeliveryRequest(
                alarm.notificationId(),
                alarm.incidentId(),
                alarm.personId(),
                false,
                true,
                alarm.subject(),
                alarm.body(),
                "47",
                List.of(
                        new ReplyOption("1", "I am safe"),
                        new ReplyOption("2", "I need help"),
                        new ReplyOption("3", "I am at the alternate site")),
                alarm.channels(),
                "en",
                "general",
                null);

        assertThat(content.text(withAlternateSite, TOKEN))
                .contains(
                        "Or reply to this email with 1 = I am safe / 2 = I need help / 3 = I am at the alternate site.");
    }

    @Test
    void namesTheKnownAnswersInThePersonsLanguage() {
        DeliveryRequest alarm = fireAlarm(false, "fr");
        var inFrench = new DeliveryRequest(
                alarm.notificationId(),
                alarm.incidentId(),
                alarm.personId(),
                false,
                true,
                alarm.subject(),
                alarm.body(),
                "47",
                List.of(new ReplyOption("1", "SAFE", "I am safe"), new ReplyOption("2", "NEEDS_HELP", "I need help")),
                alarm.channels(),
                "fr",
                "general",
                null);

        assertThat(content.text(inFrench, TOKEN))
                .contains("Ou répondez à ce courriel avec 1 = Je suis en sécurité / 2 = J'ai besoin d'aide.");
    }

    @Test
    void htmlEscapesEverythingFromTheRequestAndLinksTheAnswerPage() {
        assertThat(content.html(fireAlarm(true, "fr"), TOKEN))
                .contains("Evacuate &lt;now&gt; &amp; go.")
                .doesNotContain("<now>")
                .contains("<a href=\"https://answer.example/answer/" + TOKEN + "\">")
                .contains("CECI EST UN EXERCICE.");
    }

    private static DeliveryRequest fireAlarm(boolean exercise, String locale) {
        return new DeliveryRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                exercise,
                true,
                "Fire alarm",
                "Evacuate <now> & go.",
                "47",
                List.of(new ReplyOption("1", "I am safe"), new ReplyOption("2", "I need help")),
                List.of(new ChannelAddress("EMAIL", "ada@example.org")),
                locale,
                "general",
                null);
    }
}
