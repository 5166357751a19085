package io.muster.notifier.ledger;

/** Where one provider call stands in the ledger. */
public enum AttemptStatus {
    /** Recorded before the call; still PENDING later means we stopped during the call. */
    PENDING,
    SENT,
    FAILED,
    /** The call may or may not have reached the provider; never resent without reconciliation. */
    AMBIGUOUS
}
