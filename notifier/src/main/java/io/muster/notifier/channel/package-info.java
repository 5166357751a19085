/**
 * The provider port: what a channel adapter (Twilio SMS and voice, SMTP) implements and the
 * vocabulary it speaks in: the request to deliver, what one attempt sends, how a provider failure is
 * classified, what a look-up of a lost answer found, and how addresses are masked in logs. Kept apart
 * from the engine so the adapters depend on this package only, never on the ledger or the engine.
 */
@NullMarked
package io.muster.notifier.channel;

import org.jspecify.annotations.NullMarked;
