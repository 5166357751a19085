package io.muster.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.correlation.Correlation.Ambiguous;
import io.muster.gateway.correlation.Correlation.Matched;
import io.muster.gateway.correlation.Correlation.NotUnderstood;
import io.muster.gateway.correlation.Correlation.OpenAlert;
import io.muster.gateway.correlation.Correlation.SharedNumber;
import io.muster.gateway.correlation.Correlation.Unmatched;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reply model's decisions (docs/reply-model.md), on the requests a number's lookup finds, newest first. */
class ReplyCorrelatorTests {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final Duration LATE_WINDOW = Duration.ofDays(7);
    private static final UUID ADA = UUID.randomUUID();
    private static final UUID BOB = UUID.randomUUID();
    private static final List<ReplyOption> ROLL_CALL =
            List.of(new ReplyOption("1", "SAFE", "I am safe"), new ReplyOption("2", "NEEDS_HELP", "I need help"));

    private static final List<ReplyOption> CALLOUT = List.of(
            new ReplyOption("1", "COMING", "Yes, I can come"), new ReplyOption("2", "NOT_COMING", "No, I cannot come"));

    private final UUID fireIncident = UUID.randomUUID();
    private final UUID floodIncident = UUID.randomUUID();
    private final KnownRequest fire = request(ADA, fireIncident, "11", "ALERT", ROLL_CALL, NOW.plusSeconds(3600));
    private final KnownRequest fireStep =
            request(ADA, fireIncident, "11", "REMINDER", ROLL_CALL, NOW.plusSeconds(7200));
    private final KnownRequest fireAllClear =
            request(ADA, fireIncident, "11", "ALL_CLEAR", List.of(), NOW.plusSeconds(9000));
    private final KnownRequest callout = request(ADA, fireIncident, "90", "CALLOUT", CALLOUT, NOW.plusSeconds(3600));
    private final KnownRequest flood = request(
            ADA,
            floodIncident,
            "12",
            "ALERT",
            List.of(ROLL_CALL.getFirst(), new ReplyOption("3", "AT_ALTERNATE_SITE", "At the alternate site")),
            NOW.plusSeconds(3600));

    @Test
    void aBareAnswerGoesToTheOnlyOpenQuestion() {
        assertThat(decide("1", fire)).isEqualTo(new Matched(fire.request(), "SAFE", false));
    }

    @Test
    void stepsAndRemindersOfOneIncidentAreOneQuestionAnsweredOnItsNewestRequest() {
        assertThat(decide("2", fireStep, fire)).isEqualTo(new Matched(fireStep.request(), "NEEDS_HELP", false));
    }

    @Test
    void aRequestThatAsksNothingNeverCompetesForAnAnswer() {
        assertThat(decide("1", fireAllClear, flood)).isEqualTo(new Matched(flood.request(), "SAFE", false));
        assertThat(decide("1", fireAllClear))
                .as("an all-clear alone is nothing to answer")
                .isEqualTo(new Unmatched(Unmatched.NO_OPEN_REQUEST, true));
    }

    @Test
    void aBareAnswerFittingSeveralOpenQuestionsNamesEachWithItsTitleCodeAndTheKeyOfTheAnswer() {
        assertThat(decide("safe", flood, fireStep, fire))
                .isEqualTo(new Ambiguous(List.of(
                        new OpenAlert("1", "12", "Flood at Hilltop"), new OpenAlert("1", "11", "Fire at Riverside"))));
    }

    @Test
    void aBareAnswerNeverGoesToAClosedIncident() {
        var closedFire = closedBefore(fire, Duration.ofHours(1));

        assertThat(decide("1", flood, closedFire)).isEqualTo(new Matched(flood.request(), "SAFE", false));
        assertThat(decide("1", closedFire)).isEqualTo(new Unmatched(Unmatched.NO_OPEN_REQUEST, true));
    }

    @Test
    void aCodeNamingAClosedIncidentWithinTheLateWindowIsALateAnswer() {
        var closedFire = closedBefore(fire, Duration.ofDays(6));

        assertThat(decide("2 11", flood, closedFire)).isEqualTo(new Matched(fire.request(), "NEEDS_HELP", true));
    }

    @Test
    void aCodeNamingAnIncidentClosedBeforeTheLateWindowMatchesNothing() {
        var longClosed = closedBefore(fire, Duration.ofDays(8));

        assertThat(decide("2 11", flood, longClosed)).isEqualTo(new Unmatched(Unmatched.UNKNOWN_CODE, true));
    }

    @Test
    void anAnswerToAnOpenIncidentAfterItsNewestRequestExpiredIsTakenAsLate() {
        var expired = request(ADA, fireIncident, "11", "ALERT", ROLL_CALL, NOW.minusSeconds(60));

        assertThat(decide("1", expired)).isEqualTo(new Matched(expired.request(), "SAFE", true));
        assertThat(decide("1 11", expired)).isEqualTo(new Matched(expired.request(), "SAFE", true));
    }

    @Test
    void aReminderExtendsTheQuestionsAnswerWindow() {
        var expiredAlert = request(ADA, fireIncident, "11", "ALERT", ROLL_CALL, NOW.minusSeconds(60));

        assertThat(decide("1", fireStep, expiredAlert)).isEqualTo(new Matched(fireStep.request(), "SAFE", false));
    }

    @Test
    void theCodeChoosesAmongOpenQuestions() {
        assertThat(decide("2 11", flood, fire)).isEqualTo(new Matched(fire.request(), "NEEDS_HELP", false));
    }

    @Test
    void theOptionsOfTheQuestionDecide() {
        assertThat(decide("3", flood)).isEqualTo(new Matched(flood.request(), "AT_ALTERNATE_SITE", false));
        assertThat(decide("alternate site", flood)).isEqualTo(new Matched(flood.request(), "AT_ALTERNATE_SITE", false));
        assertThat(decide("2", flood)).isInstanceOf(NotUnderstood.class);
    }

    @Test
    void aCodeNobodyHasMayBeARequestNotIndexedYet() {
        assertThat(decide("1 99", flood, fire)).isEqualTo(new Unmatched(Unmatched.UNKNOWN_CODE, true));
        assertThat(decide("1")).isEqualTo(new Unmatched(Unmatched.NO_OPEN_REQUEST, true));
    }

    @Test
    void textThatIsNoAnswerGetsTheOptionsAndIsNeverHeld() {
        assertThat(decide("hello?", flood, fire))
                .isEqualTo(new NotUnderstood(flood.request().replyOptions(), true));
        assertThat(decide("hello?")).isEqualTo(new Unmatched(Unmatched.NO_OPEN_REQUEST, false));
    }

    @Test
    void aNumberSharedBySeveralPeopleIsFlaggedNeverGuessed() {
        var bobs = request(BOB, UUID.randomUUID(), "11", "ALERT", ROLL_CALL, NOW.plusSeconds(3600));

        assertThat(decide("1", bobs, fire)).isEqualTo(new SharedNumber(2));
        assertThat(decide("1 11", bobs, fire)).as("the same code for both").isEqualTo(new SharedNumber(2));
    }

    @Test
    void aSharedNumberStillTakesACodeThatNamesExactlyOneQuestion() {
        var bobs = request(BOB, UUID.randomUUID(), "14", "ALERT", ROLL_CALL, NOW.plusSeconds(3600));

        assertThat(decide("1 14", bobs, fire)).isEqualTo(new Matched(bobs.request(), "SAFE", false));
    }

    @Test
    void onePersonsOwnRequestsNeverReadAsShared() {
        var byVoice = request(ADA, fireIncident, "11", "REMINDER", ROLL_CALL, NOW.plusSeconds(8000));

        assertThat(decide("1", byVoice, fireAllClear, fireStep, fire))
                .isEqualTo(new Matched(byVoice.request(), "SAFE", false));
    }

    @Test
    void anOpenQuestionIsPreferredToAClosedOneWithTheSameCode() {
        var reused = request(ADA, UUID.randomUUID(), "11", "ALERT", ROLL_CALL, NOW.plusSeconds(60));
        var closedFire = closedBefore(fire, Duration.ofDays(1));

        assertThat(decide("1 11", reused, closedFire)).isEqualTo(new Matched(reused.request(), "SAFE", false));
    }

    @ParameterizedTest(name = "\"{0}\" to a call-out answers {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "yes|COMING",
                "YES|COMING",
                "y|COMING",
                "oui|COMING",
                "ok|COMING",
                "yes 90|COMING",
                "1|COMING",
                "no|NOT_COMING",
                "N|NOT_COMING",
                "non|NOT_COMING",
                "no 90|NOT_COMING",
                "2|NOT_COMING"
            })
    void aYesOrNoWordAnswersACalloutWithItsOwnOptions(String body, String answer) {
        assertThat(decide(body, callout)).isEqualTo(new Matched(callout.request(), answer, false));
    }

    @Test
    void aYesWordAnswersWhicheverOfRollCallAndCalloutThePersonWasSentLast() {
        var laterAlert = request(ADA, fireIncident, "11", "REMINDER", ROLL_CALL, NOW.plusSeconds(7200));

        assertThat(decide("yes", callout, fire)).isEqualTo(new Matched(callout.request(), "COMING", false));
        assertThat(decide("yes", laterAlert, callout)).isEqualTo(new Matched(laterAlert.request(), "SAFE", false));
        assertThat(decide("yes 90", laterAlert, callout))
                .as("the call-out's code names the call-out")
                .isEqualTo(new Matched(callout.request(), "COMING", false));
    }

    @Test
    void aRollCallWordIsNoAnswerToACallout() {
        assertThat(decide("safe", callout)).isInstanceOf(NotUnderstood.class);
        assertThat(decide("no", fire)).as("no is not an answer to a roll call").isInstanceOf(NotUnderstood.class);
    }

    private static Correlation decide(String body, KnownRequest... newestFirst) {
        return ReplyCorrelator.decide(Arrays.asList(newestFirst), NOW, ReplyParser.parse(body), LATE_WINDOW);
    }

    private KnownRequest closedBefore(KnownRequest known, Duration ago) {
        return new KnownRequest(known.request(), NOW.minus(ago), known.incidentTitle());
    }

    private KnownRequest request(
            UUID person,
            UUID incident,
            String code,
            String purpose,
            List<ReplyOption> options,
            @Nullable Instant expiresAt) {
        String title = incident.equals(floodIncident) ? "Flood at Hilltop" : "Fire at Riverside";
        return new KnownRequest(
                new OpenRequest(
                        UUID.randomUUID(),
                        incident,
                        person,
                        "Ada",
                        "+15550100001",
                        null,
                        code,
                        options,
                        title,
                        expiresAt,
                        false,
                        null,
                        null,
                        List.of(),
                        purpose,
                        null),
                null,
                title);
    }
}
