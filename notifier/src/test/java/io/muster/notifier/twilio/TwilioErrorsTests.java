package io.muster.notifier.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.exception.ApiException;
import io.muster.notifier.channel.ProviderFailure.Kind;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.junit.jupiter.api.Test;

class TwilioErrorsTests {

    @Test
    void serviceUnavailableIsTransient() {
        assertThat(TwilioErrors.classify(apiError(503, 20503, "Service unavailable"))
                        .kind())
                .isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void tooManyRequestsIsTransient() {
        assertThat(TwilioErrors.classify(apiError(429, 20429, "Too Many Requests"))
                        .kind())
                .isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void invalidNumberIsPermanentAndItsReasonHidesTheNumber() {
        var failure = TwilioErrors.classify(
                apiError(400, 21211, "The 'To' number +15550100001 is not a valid phone number."));

        assertThat(failure.kind()).isEqualTo(Kind.PERMANENT);
        assertThat(failure.getMessage())
                .contains("21211")
                .contains("+*********01")
                .doesNotContain("15550100001");
    }

    @Test
    void optedOutRecipientIsPermanent() {
        assertThat(TwilioErrors.classify(apiError(400, 21610, "Attempt to send to unsubscribed recipient"))
                        .kind())
                .isEqualTo(Kind.PERMANENT);
    }

    @Test
    void refusedConnectionIsTransientBecauseTheRequestNeverLeft() {
        var refused = new ApiException("Connection refused", new HttpHostConnectException("Connection refused"));

        assertThat(TwilioErrors.classify(refused).kind()).isEqualTo(Kind.TRANSIENT);
        assertThat(TwilioErrors.classify(new ApiException("x", new ConnectException("refused")))
                        .kind())
                .isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void readTimeoutAfterTheRequestLeftIsAmbiguous() {
        var timeout = new ApiException("Read timed out", new SocketTimeoutException("Read timed out"));

        assertThat(TwilioErrors.classify(timeout).kind()).isEqualTo(Kind.AMBIGUOUS);
    }

    @Test
    void unknownFailureIsAmbiguousSoItIsNeverResentBlindly() {
        assertThat(TwilioErrors.classify(new IllegalStateException("response not parseable"))
                        .kind())
                .isEqualTo(Kind.AMBIGUOUS);
    }

    private static ApiException apiError(int status, int code, String message) {
        return new ApiException(
                message, code, "https://www.twilio.com/docs/errors/" + code, status, status, null, null, null);
    }
}
