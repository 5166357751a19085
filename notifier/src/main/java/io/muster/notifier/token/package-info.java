/** Answer tokens: signed, expiring references to one notification that a person can answer with. */
@NullMarked
package io.muster.notifier.token;

import org.jspecify.annotations.NullMarked;
