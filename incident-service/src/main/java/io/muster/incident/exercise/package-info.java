/** Exercises: drills scheduled once or on a recurrence, and the after-action report of an incident. */
@NullMarked
package io.muster.incident.exercise;

import org.jspecify.annotations.NullMarked;
