package io.muster.notifier.delivery;

/** Where one channel of a request ended up after delivery. */
enum ChannelResult {
    /** A provider took the message; the person is waited for (a receipt may still fail it). */
    SENT,
    /** The channel cannot reach the person: move on to the next one at once. */
    FAILED,
    /** Its fate is unknown and cannot be found out: neither resend nor move on. */
    UNSETTLED
}
