/**
 * The delivery engine: takes a request through its channels in order, picks the provider (primary,
 * or the secondary while the primary's circuit is open), guards each call (bulkhead, rate limiter,
 * circuit breaker, retries), records it in the ledger before and after, publishes the outcome, fails
 * over on failure receipts and reconciles attempts whose fate was unknown. It builds on
 * {@code channel}, {@code ledger} and {@code outcome}, none of which depends on it.
 */
@NullMarked
package io.muster.notifier.delivery;

import org.jspecify.annotations.NullMarked;
