package io.muster.simulator;

import java.util.Objects;

/** A Twilio account the simulator accepts: requests authenticate with Basic {@code sid:authToken}. */
public record Account(String sid, String authToken) {

    public Account {
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(authToken, "authToken");
        if (sid.isBlank() || authToken.isBlank()) {
            throw new IllegalArgumentException("account sid and auth token must not be blank");
        }
    }

    /** Hides the token, so an account can be logged or printed safely. */
    @Override
    public String toString() {
        return "Account[sid=" + sid + ", authToken=***]";
    }
}
