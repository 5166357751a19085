/** SMS through Twilio: the REST client, the message text and the classification of Twilio's errors. */
@NullMarked
package io.muster.notifier.sms;

import org.jspecify.annotations.NullMarked;
