/**
 * The outcome events the notifier publishes on the deliveries topic (NotificationSent,
 * NotificationFailed), built from settled ledger rows, and the wait for the broker's acknowledgement
 * before a request's offset is committed (at once, or once per poll for a batch).
 */
@NullMarked
package io.muster.notifier.outcome;

import org.jspecify.annotations.NullMarked;
