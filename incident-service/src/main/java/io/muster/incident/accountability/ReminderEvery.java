package io.muster.incident.accountability;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** How often the non-responders of an incident are reminded; null stops the schedule. */
record ReminderEvery(@Nullable Duration reminderEvery) {}
