/** Declaring incidents and viewing them: who was targeted, what reached them, who answered. */
@NullMarked
package io.muster.incident.lifecycle;

import org.jspecify.annotations.NullMarked;
