/** The service's data access: one JDBC pool and transaction manager, kept off the event loop. */
@NullMarked
package io.muster.incident.jdbc;

import org.jspecify.annotations.NullMarked;
