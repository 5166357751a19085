/** Blocking JDBC access for bulk writes, kept off the event loop. */
@NullMarked
package io.muster.incident.jdbc;

import org.jspecify.annotations.NullMarked;
