package io.muster.notifier.twilio;

import com.twilio.exception.ApiException;
import io.muster.notifier.channel.ProviderFailure;
import io.muster.notifier.channel.ProviderFailure.Kind;
import io.muster.notifier.channel.Redaction;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Splits Twilio failures by what they mean for another try: 429 and 5xx are transient, other 4xx
 * (21211 invalid number, 21610 opted out, ...) permanent; an IO failure before the request left is
 * transient, after it (read timeout, dropped connection) ambiguous.
 */
public final class TwilioErrors {

    private TwilioErrors() {}

    public static ProviderFailure classify(RuntimeException failure) {
        if (failure instanceof ApiException api && api.getStatusCode() != null) {
            return byStatus(api, api.getStatusCode());
        }
        IOException io = ioCause(failure);
        if (io == null) {
            return new ProviderFailure(Kind.AMBIGUOUS, "unexpected failure: " + reasonOf(failure), failure);
        }
        if (neverLeft(io)) {
            return new ProviderFailure(Kind.TRANSIENT, "Twilio not reachable: " + reasonOf(io), failure);
        }
        return new ProviderFailure(Kind.AMBIGUOUS, "no answer from Twilio: " + reasonOf(io), failure);
    }

    private static ProviderFailure byStatus(ApiException api, int status) {
        String reason = "Twilio HTTP " + status + " (" + api.getCode() + ": " + reasonOf(api) + ")";
        boolean transientStatus = status == 429 || status >= 500;
        return new ProviderFailure(transientStatus ? Kind.TRANSIENT : Kind.PERMANENT, reason, api, status == 429);
    }

    /** The request never reached Twilio: no connection, or none free in the pool. */
    private static boolean neverLeft(IOException io) {
        return io instanceof ConnectException
                || io instanceof UnknownHostException
                || io instanceof ConnectTimeoutException
                || io instanceof ConnectionRequestTimeoutException;
    }

    private static @Nullable IOException ioCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    /** Twilio's messages quote the phone number; only its last digits may reach logs and events. */
    private static String reasonOf(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return Redaction.phoneNumbersIn(message);
    }
}
