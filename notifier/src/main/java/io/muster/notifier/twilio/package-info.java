/**
 * One or two Twilio accounts (primary, optional secondary): their REST clients, the status-callback
 * context, the classification of Twilio's errors and the base of the SMS and voice senders. The
 * senders themselves live (and are registered) in {@code sms} and {@code voice}, which build on this
 * package; it names neither.
 */
@NullMarked
package io.muster.notifier.twilio;

import org.jspecify.annotations.NullMarked;
