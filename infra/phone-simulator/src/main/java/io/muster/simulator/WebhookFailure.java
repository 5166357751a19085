package io.muster.simulator;

/** Why one try of a webhook did not count as taken; the names are those of Twilio's retry policy ({@code rp}). */
public enum WebhookFailure {
    /** No connection: refused, reset or timed out while connecting ({@code ct}); the application is down. */
    CONNECT,
    /** Connected, but no complete answer within the read timeout or what was left of the total time ({@code rt}). */
    READ,
    /** Answered 4xx ({@code 4xx}). */
    STATUS_4XX,
    /** Answered 5xx ({@code 5xx}). */
    STATUS_5XX
}
