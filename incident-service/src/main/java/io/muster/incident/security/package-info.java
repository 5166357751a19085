/** Who may call the API: HTTP Basic against the service's own users, one role per job. */
@NullMarked
package io.muster.incident.security;

import org.jspecify.annotations.NullMarked;
