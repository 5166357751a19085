/**
 * How the service reaches PostgreSQL: JDBC only, through {@code Jdbc} (the one way off the event loop and
 * into a transaction), binary COPY for bulk rows, and the time-ordered ids that keep its indexes compact.
 */
@NullMarked
package io.muster.incident.storage;

import org.jspecify.annotations.NullMarked;
