/** Voice: the Calls resource, call outcomes, TwiML interpretation, keypad input and recordings. */
package io.muster.simulator.voice;
