/** Mails the reply mailbox could not read or handle: moved aside and recorded for operators, never in the way. */
@NullMarked
package io.muster.gateway.quarantine;

import org.jspecify.annotations.NullMarked;
