/** Who may use the gateway's small staff API ({@code /api/**}); webhooks and answer pages stay as they are. */
@NullMarked
package io.muster.gateway.security;

import org.jspecify.annotations.NullMarked;
