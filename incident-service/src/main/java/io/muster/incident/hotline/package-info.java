/** Messages callers leave on the hotline: kept in the incident's log, their recordings streamed to the team. */
@NullMarked
package io.muster.incident.hotline;

import org.jspecify.annotations.NullMarked;
