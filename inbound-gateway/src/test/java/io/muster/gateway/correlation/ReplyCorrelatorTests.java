package io.muster.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.correlation.Correlation.Ambiguous;
import io.muster.gateway.correlation.Correlation.Matched;
import io.muster.gateway.correlation.Correlation.NotUnderstood;
import io.muster.gateway.correlation.Correlation.SharedNumber;
import io.muster.gateway.correlation.Correlation.Unmatched;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReplyCorrelatorTests {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final UUID ADA = UUID.randomUUID();
    private static final UUID BOB = UUID.randomUUID();

    private final OpenRequest fire = openRequest(ADA, "47", List.of(), NOW.plusSeconds(3600));
    private final OpenRequest flood = openRequest(
            ADA,
            "48",
            List.of(
                    new ReplyOption("1", "SAFE", "Safe"),
                    new ReplyOption("3", "AT_ALTERNATE_SITE", "At the alternate site")),
            NOW.plusSeconds(3600));
    private final OpenRequest bobsFire = openRequest(BOB, "51", List.of(), NOW.plusSeconds(3600));
    private final OpenRequest expiredStorm = openRequest(ADA, "12", List.of(), NOW.minusSeconds(60));

    @Test
    void matchesABareAnswerToTheOnlyOpenRequest() {
        assertThat(decide(List.of(fire), "1")).isEqualTo(new Matched(fire, "SAFE", false));
    }

    @Test
    void asksWhichAlertIsMeantWhenABareAnswerFitsSeveral() {
        assertThat(decide(List.of(flood, fire), "1")).isEqualTo(new Ambiguous(2, "48"));
    }

    @Test
    void matchesTheRequestNamedByTheCode() {
        assertThat(decide(List.of(flood, fire), "2 47")).isEqualTo(new Matched(fire, "NEEDS_HELP", false));
    }

    @Test
    void usesTheOptionsTheRequestOffers() {
        assertThat(decide(List.of(flood), "3")).isEqualTo(new Matched(flood, "AT_ALTERNATE_SITE", false));
        assertThat(decide(List.of(flood), "alternate site")).isEqualTo(new Matched(flood, "AT_ALTERNATE_SITE", false));
        assertThat(decide(List.of(flood), "2")).isInstanceOf(NotUnderstood.class);
    }

    @Test
    void findsNothingForACodeNoRequestHas() {
        assertThat(decide(List.of(flood, fire), "1 99")).isEqualTo(new Unmatched(Unmatched.UNKNOWN_CODE));
    }

    @Test
    void findsNothingWithoutRequests() {
        assertThat(decide(List.of(), "1")).isEqualTo(new Unmatched(Unmatched.NO_OPEN_REQUEST));
    }

    @Test
    void offersTheOptionsForTextThatIsNoAnswer() {
        assertThat(decide(List.of(flood, fire), "hello?")).isEqualTo(new NotUnderstood(flood.replyOptions(), true));
    }

    @Test
    void flagsABareAnswerFromANumberSharedBySeveralPeopleInsteadOfGuessing() {
        assertThat(decide(List.of(bobsFire, fire), "1")).isEqualTo(new SharedNumber(2));
    }

    @Test
    void takesTheAnswerFromASharedNumberWhenItsCodeNamesExactlyOneOpenRequest() {
        assertThat(decide(List.of(bobsFire, fire), "1 51")).isEqualTo(new Matched(bobsFire, "SAFE", false));
    }

    @Test
    void flagsASharedNumberWhenTheCodeNamesRequestsOfSeveralPeople() {
        var bobsOther = openRequest(BOB, "47", List.of(), NOW.plusSeconds(3600));

        assertThat(decide(List.of(bobsOther, fire), "1 47")).isEqualTo(new SharedNumber(2));
    }

    @Test
    void takesAnAnswerNamingAnExpiredRequestByItsCodeAsLate() {
        assertThat(decide(List.of(fire, expiredStorm), "safe 12")).isEqualTo(new Matched(expiredStorm, "SAFE", true));
    }

    @Test
    void neverGivesABareAnswerToAnExpiredRequest() {
        assertThat(decide(List.of(expiredStorm), "1")).isEqualTo(new Unmatched(Unmatched.NO_OPEN_REQUEST));
    }

    @Test
    void prefersTheOpenRequestWhenAnExpiredOneHadTheSameCode() {
        var reused = openRequest(ADA, "12", List.of(), NOW.plusSeconds(60));

        assertThat(decide(List.of(reused, expiredStorm), "1 12")).isEqualTo(new Matched(reused, "SAFE", false));
    }

    private static Correlation decide(List<OpenRequest> known, String body) {
        return ReplyCorrelator.decide(known, NOW, ReplyParser.parse(body));
    }

    private static OpenRequest openRequest(UUID person, String code, List<ReplyOption> options, Instant expiresAt) {
        return new OpenRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                person,
                "Ada",
                "+15550100001",
                null,
                code,
                options,
                "Fire alarm",
                expiresAt,
                false,
                null,
                null,
                List.of());
    }
}
