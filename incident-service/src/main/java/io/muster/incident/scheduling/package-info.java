/** The one background loop every periodic job of the service runs on (timers, reminders, queues, drills). */
@NullMarked
package io.muster.incident.scheduling;

import org.jspecify.annotations.NullMarked;
