/**
 * Accept, spool, then process: while the gateway's own database is unreachable, signed webhooks are kept in a
 * local append-only file (fsynced before the provider is answered) and replayed through the live path, in
 * arrival order, once it is back.
 */
@NullMarked
package io.muster.gateway.spool;

import org.jspecify.annotations.NullMarked;
