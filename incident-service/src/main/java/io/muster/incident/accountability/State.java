package io.muster.incident.accountability;

/**
 * Where a person stands in an incident. The first three are answers; NO_RESPONSE and UNREACHABLE
 * (every channel the person has failed, or they have none) are what the absence of one means.
 */
public enum State {
    SAFE,
    NEEDS_HELP,
    AT_ALTERNATE_SITE,
    NO_RESPONSE,
    UNREACHABLE;

    public boolean isAnswer() {
        return this == SAFE || this == NEEDS_HELP || this == AT_ALTERNATE_SITE;
    }
}
