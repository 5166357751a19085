package io.muster.gateway.correlation;

import org.jspecify.annotations.Nullable;

/**
 * What a reply was found to answer, and the locale of the latest request to its number (open, or
 * expired within the late-answer window; null when none): the language to text the sender back in.
 */
public record Correlated(Correlation correlation, @Nullable String locale) {}
