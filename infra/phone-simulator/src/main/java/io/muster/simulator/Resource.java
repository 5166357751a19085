package io.muster.simulator;

/** The Twilio REST resources the simulator serves; faults are injected per resource. */
public enum Resource {
    MESSAGES,
    CALLS
}
