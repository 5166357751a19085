/** Email replies and bounces, read from the reply mailbox over IMAP and correlated by the answer token. */
@NullMarked
package io.muster.gateway.email;

import org.jspecify.annotations.NullMarked;
