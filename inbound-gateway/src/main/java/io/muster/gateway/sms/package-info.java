/** SMS replies: Twilio's inbound webhook, correlated to an open request and published as ReplyReceived. */
@NullMarked
package io.muster.gateway.sms;

import org.jspecify.annotations.NullMarked;
