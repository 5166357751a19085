/** Corrections and cancellations of a sent alert: to exactly the people it reached, on the channels that reached them. */
@NullMarked
package io.muster.incident.correction;

import org.jspecify.annotations.NullMarked;
