package io.muster.gateway.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.correlation.Correlation.Ambiguous;
import io.muster.gateway.correlation.Correlation.Matched;
import io.muster.gateway.correlation.Correlation.NotUnderstood;
import io.muster.gateway.correlation.Correlation.Unmatched;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReplyCorrelatorTests {

    private final OpenRequest fire = openRequest("47", List.of());
    private final OpenRequest flood = openRequest(
            "48",
            List.of(
                    new ReplyOption("1", "SAFE", "Safe"),
                    new ReplyOption("3", "AT_ALTERNATE_SITE", "At the alternate site")));

    @Test
    void matchesABareAnswerToTheOnlyOpenRequest() {
        assertThat(decide(List.of(fire), "1")).isEqualTo(new Matched(fire, "SAFE"));
    }

    @Test
    void asksWhichAlertIsMeantWhenABareAnswerFitsSeveral() {
        assertThat(decide(List.of(flood, fire), "1")).isEqualTo(new Ambiguous(2, "48"));
    }

    @Test
    void matchesTheRequestNamedByTheCode() {
        assertThat(decide(List.of(flood, fire), "2 47")).isEqualTo(new Matched(fire, "NEEDS_HELP"));
    }

    @Test
    void usesTheOptionsTheRequestOffers() {
        assertThat(decide(List.of(flood), "3")).isEqualTo(new Matched(flood, "AT_ALTERNATE_SITE"));
        assertThat(decide(List.of(flood), "2")).isInstanceOf(NotUnderstood.class);
    }

    @Test
    void findsNothingForACodeNoOpenRequestHas() {
        assertThat(decide(List.of(flood, fire), "1 99")).isEqualTo(new Unmatched());
    }

    @Test
    void findsNothingWithoutOpenRequests() {
        assertThat(decide(List.of(), "1")).isEqualTo(new Unmatched());
    }

    @Test
    void offersTheOptionsForTextThatIsNoAnswer() {
        assertThat(decide(List.of(flood, fire), "hello?")).isEqualTo(new NotUnderstood(flood.replyOptions(), true));
    }

    private static Correlation decide(List<OpenRequest> open, String body) {
        return ReplyCorrelator.decide(open, ReplyParser.parse(body));
    }

    private static OpenRequest openRequest(String code, List<ReplyOption> options) {
        return new OpenRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Ada",
                "+15550100001",
                null,
                code,
                options,
                "Fire alarm",
                null,
                false,
                null,
                null,
                List.of());
    }
}
