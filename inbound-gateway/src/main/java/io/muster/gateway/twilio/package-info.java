/** Twilio at the edge: webhook signature checks (with token rotation) and TwiML answers. */
@NullMarked
package io.muster.gateway.twilio;

import org.jspecify.annotations.NullMarked;
