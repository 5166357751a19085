/**
 * Retention of what the gateway keeps about deliveries: raw webhook payloads are blanked after a while, the keys
 * that make a replayed webhook a no-op are forgotten much later, and stale directory rows and throttle counts go.
 */
@NullMarked
package io.muster.gateway.retention;

import org.jspecify.annotations.NullMarked;
