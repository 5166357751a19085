/**
 * Who may call the API and how it is checked: bearer tokens from the identity provider, local
 * logins (HTTP Basic, throttled in PostgreSQL) and the console's session tokens; one role per job;
 * browser protections (headers, no cross-site writes).
 */
@NullMarked
package io.muster.incident.security;

import org.jspecify.annotations.NullMarked;
