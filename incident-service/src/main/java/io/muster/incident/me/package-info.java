/** Employee self-service: a person sees and answers only their own open requests. */
@NullMarked
package io.muster.incident.me;

import org.jspecify.annotations.NullMarked;
