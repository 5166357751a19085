/** What each language's recipients will read, before an incident is declared. */
@NullMarked
package io.muster.incident.preview;

import org.jspecify.annotations.NullMarked;
