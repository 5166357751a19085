package io.muster.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.simulator.FailedWebhook;
import io.muster.simulator.SentSms;
import io.muster.simulator.WebhookFailure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How the fault suite counts: what is lost, doubled, or excepted because the gateway was down. */
class FaultTallyTests {

    private final Map<UUID, Integer> notifications = new HashMap<>();
    private final List<CohortPhones.Alert> alerts = new ArrayList<>();
    private final List<List<SentSms>> sent = new ArrayList<>();
    private final Map<Integer, Long> answers = new HashMap<>();
    private final Map<UUID, Long> receipts = new HashMap<>();
    private final Map<String, FailedWebhook> refusedReceipts = new HashMap<>();

    @Test
    void aCohortWhereEveryoneGotOneAlertAnsweredAndWasRecordedIsCleanAndComplete() {
        UUID step = person(0);
        alert(0, step, "SM0");
        answer(0, null);
        answers.put(0, 1L);
        receipts.put(step, 1L);

        FaultTally tally = tally();

        assertThat(tally.clean()).isTrue();
        assertThat(tally.complete()).isTrue();
        assertThat(tally.steps()).isEqualTo(1);
        assertThat(tally.answersAccepted()).isEqualTo(1);
    }

    @Test
    void aSecondSmsForOneStepIsAnAlertReceivedTwice() {
        UUID step = person(0);
        alert(0, step, "SM0");
        alert(0, step, "SM1");

        assertThat(tally().alertsDuplicated()).isEqualTo(1);
        assertThat(tally().clean()).isFalse();
    }

    @Test
    void aStepThatNeverReachedThePhoneIsLostAndTheRunNotComplete() {
        alert(0, person(0), "SM0");
        person(1);

        assertThat(tally().alertsMissing()).isEqualTo(1);
        assertThat(tally().complete()).isFalse();
    }

    @Test
    void anAnswerSentWhileNobodyListenedAtTheGatewayIsCountedApartNotLost() {
        alert(0, person(0), "SM0");
        answer(0, WebhookFailure.CONNECT);

        FaultTally tally = tally();

        assertThat(tally.answersRefusedWhileDown()).isEqualTo(1);
        assertThat(tally.answersLost()).isZero();
    }

    @Test
    void anAnswerThatTimedOutOrWasRefusedIsLostUnlessItWasRecordedAnyway() {
        alert(0, person(0), "SM0");
        answer(0, WebhookFailure.READ);
        alert(1, person(1), "SM1");
        answer(1, WebhookFailure.STATUS_5XX);
        answers.put(1, 1L);

        FaultTally tally = tally();

        assertThat(tally.answersTimedOut()).isEqualTo(1);
        assertThat(tally.answersRefused()).isEqualTo(1);
        assertThat(tally.answersLost()).isEqualTo(1);
        assertThat(tally.answersRecorded()).isEqualTo(1);
    }

    @Test
    void moreAnswersRecordedThanThePhoneSentAreDoubled() {
        alert(0, person(0), "SM0");
        answer(0, null);
        answers.put(0, 2L);

        assertThat(tally().answersDuplicated()).isEqualTo(1);
    }

    @Test
    void aReceiptIsLostOnlyIfItsCallbackReachedTheGatewayAndTwoForOneSmsAreDoubled() {
        UUID down = person(0);
        UUID refused = person(1);
        UUID doubled = person(2);
        alert(0, down, "SM0");
        alert(1, refused, "SM1");
        alert(2, doubled, "SM2");
        refusedReceipts.put("SM0", failed(WebhookFailure.CONNECT));
        refusedReceipts.put("SM1", failed(WebhookFailure.STATUS_5XX));
        receipts.put(doubled, 2L);

        FaultTally tally = tally();

        assertThat(tally.receiptsRefusedWhileDown()).isEqualTo(1);
        assertThat(tally.receiptsRefused()).isEqualTo(1);
        assertThat(tally.receiptsLost()).isEqualTo(1);
        assertThat(tally.receiptsDuplicated()).isEqualTo(1);
    }

    @Test
    void theAnswersOfPeopleWithAnAnswerLostAreWhatToLookUpAtTheGateway() {
        alert(0, person(0), "SM0");
        answer(0, null);
        alert(1, person(1), "SM1");
        answer(1, null);
        answers.put(1, 1L);

        assertThat(FaultTally.lostAnswerSids(sent, answers)).containsExactly("reply-0-0");
    }

    private UUID person(int index) {
        UUID step = UUID.randomUUID();
        notifications.put(step, index);
        while (sent.size() <= index) {
            sent.add(new ArrayList<>());
        }
        return step;
    }

    private void alert(int person, UUID step, String sid) {
        alerts.add(new CohortPhones.Alert(person, step, sid));
    }

    private void answer(int person, WebhookFailure failure) {
        List<SentSms> phone = sent.get(person);
        int status = failure == null ? 200 : failure == WebhookFailure.STATUS_5XX ? 503 : 0;
        phone.add(new SentSms(
                "reply-" + person + "-" + phone.size(), "+15550009999", "1", Instant.now(), status, failure, 1));
    }

    private static FailedWebhook failed(WebhookFailure failure) {
        return new FailedWebhook(
                "http://gateway/webhooks/twilio/sms/status",
                Map.of("MessageStatus", "delivered"),
                failure == WebhookFailure.STATUS_5XX ? 503 : 0,
                failure,
                2,
                Instant.now());
    }

    private FaultTally tally() {
        return FaultTally.of(sent.size(), notifications, alerts, sent, answers, receipts, refusedReceipts, 0, 0);
    }
}
