/** The incident's internal status log: timestamped updates, situation reports and their reminders. */
@NullMarked
package io.muster.incident.statuslog;

import org.jspecify.annotations.NullMarked;
