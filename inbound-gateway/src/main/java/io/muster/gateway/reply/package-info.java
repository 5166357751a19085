/** Answers, whatever channel they came by, published as ReplyReceived. */
@NullMarked
package io.muster.gateway.reply;

import org.jspecify.annotations.NullMarked;
