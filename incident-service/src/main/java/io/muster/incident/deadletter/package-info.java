/**
 * The dead-letter topics as a queue operators work: every record of every {@code <topic>.DLT} with
 * its reason, counted in metrics, re-driven to its original topic once the cause is fixed (ADMIN).
 */
@NullMarked
package io.muster.incident.deadletter;

import org.jspecify.annotations.NullMarked;
