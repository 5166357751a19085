/** A Twilio-compatible phone simulator: its Java API, settings and the small vocabulary other modules use. */
package io.muster.simulator;
