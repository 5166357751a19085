/** Failure receipts from the gateway (status callbacks) that move a person on to the next channel. */
@NullMarked
package io.muster.notifier.receipt;

import org.jspecify.annotations.NullMarked;
