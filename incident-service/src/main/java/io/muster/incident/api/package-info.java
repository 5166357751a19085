/** How the HTTP API reports errors: RFC 9457 problem details with {@code urn:muster:problem:<slug>} types. */
@NullMarked
package io.muster.incident.api;

import org.jspecify.annotations.NullMarked;
