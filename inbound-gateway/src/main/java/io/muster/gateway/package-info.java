/** The inbound gateway: verifies provider webhooks, correlates replies and publishes what came back. */
@NullMarked
package io.muster.gateway;

import org.jspecify.annotations.NullMarked;
