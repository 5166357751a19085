/** Reply correlation: the index of open notification requests and the parser that reads replies. */
@NullMarked
package io.muster.gateway.correlation;

import org.jspecify.annotations.NullMarked;
