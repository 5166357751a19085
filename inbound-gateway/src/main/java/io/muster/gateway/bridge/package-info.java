/**
 * The crisis bridge: one conference per incident that invited people join from their alert call or the hotline,
 * the join/leave record, and the operator API that shows who is on it and rings a missing member in.
 */
@NullMarked
package io.muster.gateway.bridge;

import org.jspecify.annotations.NullMarked;
