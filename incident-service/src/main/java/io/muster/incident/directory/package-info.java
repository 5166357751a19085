/** The people directory: people, their sites and roles, and who a notification list names. */
@NullMarked
package io.muster.incident.directory;

import org.jspecify.annotations.NullMarked;
