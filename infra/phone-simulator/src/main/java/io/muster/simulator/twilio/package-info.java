/** Twilio's formats: resource sids, dates, errors, TwiML, request signatures and signed webhooks. */
package io.muster.simulator.twilio;
