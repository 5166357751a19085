package io.muster.gateway.correlation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** One channel a request may use, in the person's order of preference, with its address. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ChannelAddress(String channel, @Nullable String address) {}
