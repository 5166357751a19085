/** The operator's view of what could not be correlated, and attaching such a message to a request by hand. */
@NullMarked
package io.muster.gateway.operator;

import org.jspecify.annotations.NullMarked;
