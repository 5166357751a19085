package io.muster.simulator.twilio;

/** Raised while serving a REST request; the server answers it as Twilio error JSON. */
public final class TwilioApiException extends RuntimeException {

    private final transient TwilioError error;

    public TwilioApiException(TwilioError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    public TwilioError error() {
        return error;
    }
}
