package io.muster.notifier.sms;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.messages.AlertTexts;
import io.muster.messages.Messages;
import io.muster.messages.SmsSegments;
import io.muster.notifier.NotifierProperties;
import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.channel.DeliveryRequest.ChannelAddress;
import io.muster.notifier.channel.DeliveryRequest.ReplyOption;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SmsTextTests {

    static final String TOKEN = "a".repeat(48);

    private final SmsText texts = new SmsText(new AlertTexts(new Messages()), notifier("https://muster.example"));

    @Test
    void saysTheMessageHowToAnswerWithTheReplyCodeAndTheAnswerLink() {
        assertThat(texts.of(fireAlarm(false), TOKEN))
                .isEqualTo("Fire alarm at Riverside: Evacuate building A now."
                        + " Reply 1 = safe, 2 = need help (code 47). Answer: https://muster.example/answer/" + TOKEN);
    }

    @Test
    void listsEveryOptionTheRequestOffers() {
        var withAlternateSite = withOptions(
                fireAlarm(false),
                List.of(
                        new ReplyOption("1", "I am safe"),
                        new ReplyOption("2", "I need help"),
                        new ReplyOption("3", "I am at the alternate site")));

        assertThat(texts.of(withAlternateSite, TOKEN))
                .contains(" Reply 1 = safe, 2 = need help, 3 = at the alternate site (code 47). Answer: ");
    }

    @Test
    void marksExercisesSoNobodyMistakesADrillForAnIncident() {
        assertThat(texts.of(fireAlarm(true), TOKEN)).startsWith("[EXERCISE] Fire alarm at Riverside: ");
    }

    @Test
    void speaksThePersonsLanguage() {
        assertThat(texts.of(inFrench(fireAlarm(true)), TOKEN))
                .startsWith("[EXERCICE] Fire alarm at Riverside : Evacuate")
                .contains(" Répondez 1 = safe, 2 = need help (code 47). Réponse : https://");
    }

    @Test
    void namesTheKnownAnswersInThePersonsLanguage() {
        var inFrench = inFrench(withOptions(
                fireAlarm(false),
                List.of(
                        new ReplyOption("1", "SAFE", "I am safe"),
                        new ReplyOption("2", "NEEDS_HELP", "I need help"),
                        new ReplyOption("3", "AT_ALTERNATE_SITE", "I am at the alternate site"))));

        String text = texts.of(inFrench, TOKEN);

        assertThat(text).contains(" Répondez 1 = en sécurité, 2 = besoin d'aide, 3 = sur le site de repli (code 47).");
        assertThat(SmsSegments.of(text).gsm7())
                .as("still GSM-7, 160 characters a segment")
                .isTrue();
    }

    @Test
    void leavesOutTheInstructionAndTheLinkWhenNoAnswerIsExpected() {
        var allClear = new DeliveryRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                false,
                false,
                "Update",
                "Building A reopens at noon.",
                null,
                List.of(),
                List.of(new ChannelAddress("SMS", "+1555")));

        assertThat(texts.of(allClear, TOKEN)).isEqualTo("Update: Building A reopens at noon.");
    }

    @Test
    void theAllClearSaysSoOnceInEitherLanguage() {
        var allClear = as(fireAlarm(false), "ALL_CLEAR", "", List.of(), "en", null);

        assertThat(texts.of(allClear, TOKEN))
                .isEqualTo("All clear: Fire alarm at Riverside. No further action is needed.");
        assertThat(texts.of(as(allClear, "ALL_CLEAR", "Building A reopens at noon.", List.of(), "fr", null), TOKEN))
                .isEqualTo("Fin d'alerte : Fire alarm at Riverside. Aucune autre action n'est nécessaire."
                        + " Building A reopens at noon.");
    }

    @Test
    void aReminderSaysItIsOneInEitherLanguage() {
        var reminder = as(fireAlarm(false), "REMINDER", "Evacuate building A now.", ROLL_CALL, "en", null);

        assertThat(texts.of(reminder, TOKEN))
                .startsWith("Reminder: Fire alarm at Riverside: Evacuate building A now. Reply 1 = safe");
        assertThat(texts.of(as(reminder, "REMINDER", "", ROLL_CALL, "fr", null), TOKEN))
                .startsWith("Rappel : Fire alarm at Riverside. Répondez 1 = en sécurité");
    }

    @Test
    void saysWhereToReportInThePersonsLanguage() {
        var site = new DeliveryRequest.AlternateSite("Riverside", "Hilltop Depot", "12 Hill Road");

        assertThat(texts.of(as(fireAlarm(false), "ALERT", "Leave now.", ROLL_CALL, "en", site), TOKEN))
                .startsWith("Fire alarm at Riverside: Leave now. If Riverside cannot be used, go to Hilltop Depot,"
                        + " 12 Hill Road. Reply 1 = safe");
        assertThat(texts.of(
                        as(
                                fireAlarm(false),
                                "ALERT",
                                "",
                                ROLL_CALL,
                                "fr",
                                new DeliveryRequest.AlternateSite("Riverside", "Hilltop Depot", null)),
                        TOKEN))
                .startsWith("Fire alarm at Riverside : Si Riverside n'est pas utilisable, rendez-vous à Hilltop"
                        + " Depot. Répondez");
    }

    @Test
    void remindsStaffOfASitrepOrAnOverdueTaskWithoutAskingAnything() {
        assertThat(texts.of(as(fireAlarm(false), "SITREP_REMINDER", "", List.of(), "en", null), TOKEN))
                .isEqualTo("Situation report due: Fire alarm at Riverside. Please post a situation report.");
        var task = as(fireAlarm(false), "TASK_OVERDUE", "Fire alarm at Riverside", List.of(), "fr", null);
        assertThat(texts.of(withSubject(task, "Check the sprinklers"), TOKEN))
                .isEqualTo("Échéance dépassée : Check the sprinklers. Incident : Fire alarm at Riverside.");
    }

    @Test
    void anUnknownPurposeReadsLikeAnAlert() {
        assertThat(texts.of(as(fireAlarm(false), "SOMETHING_NEW", "Leave now.", ROLL_CALL, "en", null), TOKEN))
                .startsWith("Fire alarm at Riverside: Leave now. Reply 1 = safe");
    }

    @Test
    void lifeSafetyTextIsKeptWithinTwoSegmentsByShorteningTheBodyNeverTheInstruction() {
        var longAlarm = withBody(fireAlarm(false), "Evacuate building A now by the east stairs. ".repeat(10));

        String text = texts.of(longAlarm, TOKEN);

        assertThat(SmsSegments.of(text).count()).isEqualTo(2);
        assertThat(text)
                .startsWith("Fire alarm at Riverside: Evacuate building A now")
                .contains(
                        "... Reply 1 = safe, 2 = need help (code 47). Answer: https://muster.example/answer/" + TOKEN);
    }

    @Test
    void informationalTextIsNotShortened() {
        var longInfo = withBody(fireAlarm(false), "x".repeat(400));
        var normal = new DeliveryRequest(
                longInfo.notificationId(),
                longInfo.incidentId(),
                longInfo.personId(),
                false,
                false,
                longInfo.subject(),
                longInfo.body(),
                longInfo.replyCode(),
                longInfo.replyOptions(),
                longInfo.channels());

        assertThat(texts.of(normal, TOKEN)).contains("x".repeat(400));
    }

    static NotifierProperties notifier(String base) {
        return new NotifierProperties(
                URI.create(base),
                null,
                Duration.ofSeconds(10),
                2,
                Duration.ofSeconds(5),
                Duration.ofMinutes(3),
                Duration.ofSeconds(15));
    }

    static DeliveryRequest fireAlarm(boolean exercise) {
        return new DeliveryRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                exercise,
                true,
                "Fire alarm at Riverside",
                "Evacuate building A now.",
                "47",
                List.of(new ReplyOption("1", "I am safe"), new ReplyOption("2", "I need help")),
                List.of(new ChannelAddress("SMS", "+15550100001")));
    }

    private static DeliveryRequest inFrench(DeliveryRequest r) {
        return new DeliveryRequest(
                r.notificationId(),
                r.incidentId(),
                r.personId(),
                r.exercise(),
                r.lifeSafety(),
                r.subject(),
                r.body(),
                r.replyCode(),
                r.replyOptions(),
                r.channels(),
                "fr",
                "general",
                null);
    }

    private static final List<ReplyOption> ROLL_CALL =
            List.of(new ReplyOption("1", "SAFE", "I am safe"), new ReplyOption("2", "NEEDS_HELP", "I need help"));

    private static DeliveryRequest as(
            DeliveryRequest r,
            String purpose,
            String body,
            List<ReplyOption> options,
            String locale,
            DeliveryRequest.AlternateSite site) {
        return new DeliveryRequest(
                r.notificationId(),
                r.incidentId(),
                r.personId(),
                r.exercise(),
                r.lifeSafety(),
                r.subject(),
                body,
                r.replyCode(),
                options,
                r.channels(),
                locale,
                "general",
                null,
                purpose,
                site);
    }

    private static DeliveryRequest withSubject(DeliveryRequest r, String subject) {
        return new DeliveryRequest(
                r.notificationId(),
                r.incidentId(),
                r.personId(),
                r.exercise(),
                r.lifeSafety(),
                subject,
                r.body(),
                r.replyCode(),
                r.replyOptions(),
                r.channels(),
                r.locale(),
                r.incidentType(),
                r.expiresAt(),
                r.purpose(),
                r.alternateSite());
    }

    private static DeliveryRequest withOptions(DeliveryRequest r, List<ReplyOption> options) {
        return new DeliveryRequest(
                r.notificationId(),
                r.incidentId(),
                r.personId(),
                r.exercise(),
                r.lifeSafety(),
                r.subject(),
                r.body(),
                r.replyCode(),
                options,
                r.channels());
    }

    private static DeliveryRequest withBody(DeliveryRequest r, String body) {
        return new DeliveryRequest(
                r.notificationId(),
                r.incidentId(),
                r.personId(),
                r.exercise(),
                r.lifeSafety(),
                r.subject(),
                body,
                r.replyCode(),
                r.replyOptions(),
                r.channels());
    }
}
