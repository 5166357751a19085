/** Alert SMS through Twilio: the message text, its segment count and the sender. */
@NullMarked
package io.muster.notifier.sms;

import org.jspecify.annotations.NullMarked;
