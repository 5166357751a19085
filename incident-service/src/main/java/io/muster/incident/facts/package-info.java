/**
 * An incident's facts as every feature reads them (title, message, life-safety, exercise, sites, open or
 * closed), the 404 for an unknown incident and the incidents' settings. Features below the lifecycle
 * depend on this, never on {@code lifecycle}.
 */
@NullMarked
package io.muster.incident.facts;

import org.jspecify.annotations.NullMarked;
