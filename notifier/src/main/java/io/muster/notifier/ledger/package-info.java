/**
 * The attempt ledger and the notifications table: every provider call is recorded PENDING (durably,
 * grouped across threads) before it is made and settled after, which is what prevents sending twice;
 * each notification's request and the channel being tried drive receipt-driven failover. The engine
 * and the outcomes read it; it knows neither.
 */
@NullMarked
package io.muster.notifier.ledger;

import org.jspecify.annotations.NullMarked;
