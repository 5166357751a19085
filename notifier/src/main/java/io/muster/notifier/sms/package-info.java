/** Alert SMS through Twilio: the message text, its segment count, the sender and one sender per Twilio account. */
@NullMarked
package io.muster.notifier.sms;

import org.jspecify.annotations.NullMarked;
