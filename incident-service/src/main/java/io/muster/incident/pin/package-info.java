/**
 * Hotline PINs: set by the person, reset by HR, kept hashed, and published (HotlinePinChanged) for the gateway's
 * hotline, which asks callers it does not recognise by their number to prove who they are with one.
 */
@NullMarked
package io.muster.incident.pin;

import org.jspecify.annotations.NullMarked;
