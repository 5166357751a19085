/** How rows reach PostgreSQL in bulk: binary COPY, and the time-ordered ids that keep its indexes compact. */
@NullMarked
package io.muster.incident.storage;

import org.jspecify.annotations.NullMarked;
