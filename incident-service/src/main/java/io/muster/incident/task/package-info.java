/** Incident tasks: owners, due times, comments, overdue reminders and the automatic "needs help" task. */
@NullMarked
package io.muster.incident.task;

import org.jspecify.annotations.NullMarked;
