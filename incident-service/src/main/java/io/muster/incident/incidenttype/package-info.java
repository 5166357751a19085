/** Incident types (FIRE, FLOOD, ...): their recovery time objective and whether statements need a second approver. */
@NullMarked
package io.muster.incident.incidenttype;

import org.jspecify.annotations.NullMarked;
