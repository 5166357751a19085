/** The notifier: turns notification requests into provider calls and publishes what happened. */
@NullMarked
package io.muster.notifier;

import org.jspecify.annotations.NullMarked;
