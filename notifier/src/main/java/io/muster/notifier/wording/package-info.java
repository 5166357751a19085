/**
 * The notifier's side of the messages module (infra/messages): a delivery request read as an {@code Alert},
 * and the beans that word it.
 */
@NullMarked
package io.muster.notifier.wording;

import org.jspecify.annotations.NullMarked;
