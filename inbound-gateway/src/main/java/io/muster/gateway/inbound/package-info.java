/** The raw inbound log: every webhook as received, with what came of it. */
@NullMarked
package io.muster.gateway.inbound;

import org.jspecify.annotations.NullMarked;
