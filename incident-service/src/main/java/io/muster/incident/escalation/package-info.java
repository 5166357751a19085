/** Fan-out and durable escalation: recipients, steps per channel, reminders, deputies, levels, timers. */
@NullMarked
package io.muster.incident.escalation;

import org.jspecify.annotations.NullMarked;
