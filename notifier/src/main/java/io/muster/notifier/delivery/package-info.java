/**
 * Delivery of one notification on each of its channels: the attempt ledger that prevents duplicate
 * sends, the provider port, retries, and the outcome events published on the deliveries topic.
 */
@NullMarked
package io.muster.notifier.delivery;

import org.jspecify.annotations.NullMarked;
