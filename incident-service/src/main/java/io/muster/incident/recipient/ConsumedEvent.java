package io.muster.incident.recipient;

import io.muster.kafka.UnprocessableRecord;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** An event this service reads from the delivery and reply topics. */
sealed interface ConsumedEvent permits DeliveryEvent, ReplyReceived, ContactOptOutChanged, OtherEvent {

    /** A field without which the event means nothing: its absence sends the record to the DLT. */
    static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new UnprocessableRecord("Missing field " + field);
        }
        return value;
    }

    static String detail(@Nullable Object... parts) {
        return Arrays.stream(parts)
                .filter(Objects::nonNull)
                .map(String::valueOf)
                .collect(Collectors.joining(" "));
    }
}
