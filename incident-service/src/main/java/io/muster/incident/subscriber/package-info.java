/** Email subscribers of the public status page: double opt-in, signed links, and a durable mail queue. */
@NullMarked
package io.muster.incident.subscriber;

import org.jspecify.annotations.NullMarked;
