package io.muster.notifier.channel;

import org.jspecify.annotations.Nullable;

/** A failed provider call, classified by what it means for sending again. */
public class ProviderFailure extends RuntimeException {

    /** What a failure means for another try. */
    public enum Kind {
        /** The provider did not take the message and may later (429, 5xx, connection refused): retry. */
        TRANSIENT,
        /** The message can never go out this way (invalid number, opted out, SMTP 5xx): do not retry. */
        PERMANENT,
        /** The request may have left and nobody knows whether it was taken: do not resend blindly. */
        AMBIGUOUS
    }

    private final Kind kind;
    private final boolean throttled;

    public ProviderFailure(Kind kind, String reason, @Nullable Throwable cause) {
        this(kind, reason, cause, false);
    }

    /** @param throttled the provider asked us to slow down (HTTP 429): transient, but no outage */
    public ProviderFailure(Kind kind, String reason, @Nullable Throwable cause, boolean throttled) {
        super(reason, cause);
        this.kind = kind;
        this.throttled = throttled;
    }

    public boolean throttled() {
        return throttled;
    }

    public Kind kind() {
        return kind;
    }
}
