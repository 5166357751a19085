/**
 * Voice calls through Twilio, one sender per account: the gateway answers them with TwiML that reads
 * the alert and takes the answer.
 */
@NullMarked
package io.muster.notifier.voice;

import org.jspecify.annotations.NullMarked;
