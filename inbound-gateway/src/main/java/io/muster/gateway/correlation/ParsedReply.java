package io.muster.gateway.correlation;

import org.jspecify.annotations.Nullable;

/**
 * What an SMS reply says.
 *
 * @param choice an option key ("1") or an answer name ("SAFE", "NEEDS_HELP")
 * @param code the reply code naming one of the person's open requests, if given
 */
public record ParsedReply(String choice, @Nullable String code) {}
