/** The one background loop every periodic job of the service runs on (timers, reminders, queues, drills). */
@NullMarked
package io.muster.incident.polling;

import org.jspecify.annotations.NullMarked;
