/**
 * Roll-call and accountability: every answer about a person in an incident, whoever gave it, the
 * latest as their state; HR's views and exports; on-behalf updates; reminders to non-responders.
 */
@NullMarked
package io.muster.incident.accountability;

import org.jspecify.annotations.NullMarked;
