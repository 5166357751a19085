/** Incident roles (commander, scribe, liaison, spokesperson): one holder each, with the history of who held them. */
@NullMarked
package io.muster.incident.incidentrole;

import org.jspecify.annotations.NullMarked;
