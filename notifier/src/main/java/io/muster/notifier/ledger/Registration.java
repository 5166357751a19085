package io.muster.notifier.ledger;

/**
 * Where a registered request starts: the index of the channel being tried, and whether the ledger
 * held no attempt of it at registration (then it need not be read again before the first call).
 */
public record Registration(int currentChannel, boolean nothingRecorded) {

    /** The same request again in the same poll: the first one may have written the ledger since. */
    public Registration seenBefore() {
        return new Registration(currentChannel, false);
    }
}
