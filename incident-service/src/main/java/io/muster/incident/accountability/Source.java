package io.muster.incident.accountability;

/** Who gave an answer: the person, an operator on their behalf, or the person on the call-in hotline. */
public enum Source {
    PERSON,
    OPERATOR,
    HOTLINE;

    /** The source an answer arriving on {@code channel} comes from. */
    public static Source ofChannel(String channel) {
        return switch (channel) {
            case "HOTLINE" -> HOTLINE;
            case "OPERATOR" -> OPERATOR;
            default -> PERSON;
        };
    }
}
