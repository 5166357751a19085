package io.muster.simulator;

/** How a phone reacts to an outbound call. */
public enum CallOutcome {
    HUMAN("completed"),
    MACHINE("completed"),
    BUSY("busy"),
    NO_ANSWER("no-answer"),
    FAILED("failed");

    private final String finalStatus;

    CallOutcome(String finalStatus) {
        this.finalStatus = finalStatus;
    }

    /** The Twilio CallStatus the call ends with. */
    public String finalStatus() {
        return finalStatus;
    }

    /** Whether anything picks up, so TwiML is fetched and read. */
    public boolean answered() {
        return this == HUMAN || this == MACHINE;
    }
}
