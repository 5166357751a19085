package io.muster.gateway.inbound;

import org.jspecify.annotations.Nullable;

/**
 * One received webhook.
 *
 * @param handled whether an earlier delivery of the same webhook was fully handled (a replay then
 *     answers with {@code reply} and publishes nothing); a half-handled one is handled again
 */
public record InboundEntry(long id, boolean handled, @Nullable String reply) {}
