package io.muster.incident.recipient;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One recipient of an incident: their state and, in time order, what happened on each channel. */
public record RecipientView(
        UUID personId,
        String employeeId,
        String name,
        String state,
        @Nullable Instant answeredAt,
        @Nullable String answerChannel,
        List<ChannelEntry> channels) {

    /**
     * One entry of the history: SENT, DELIVERED, FAILED or ANSWERED on a channel, or HELD (no
     * channel) when a step waits for the end of the person's quiet hours ({@code until}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChannelEntry(
            @Nullable String channel, String status, Instant at, @Nullable String detail, @Nullable Instant until) {}
}
