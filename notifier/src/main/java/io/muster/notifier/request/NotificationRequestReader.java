package io.muster.notifier.request;

import io.muster.kafka.UnprocessableRecord;
import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.channel.DeliveryRequest.ChannelAddress;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Decodes and validates a record; anything it cannot use becomes an {@link UnprocessableRecord}. */
@Component
class NotificationRequestReader {

    private final JsonMapper json;
    private final Validator validator;

    NotificationRequestReader(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    DeliveryRequest read(@Nullable String value) {
        NotificationRequested event = decode(value);
        Set<ConstraintViolation<NotificationRequested>> violations = validator.validate(event);
        if (!violations.isEmpty()) {
            throw new UnprocessableRecord("Invalid NotificationRequested: " + describe(violations));
        }
        if (!NotificationRequested.TYPE.equals(event.type()) || event.version() != 1) {
            throw new UnprocessableRecord("Not a NotificationRequested v1: " + event.type() + " v" + event.version());
        }
        return toDeliveryRequest(event);
    }

    private NotificationRequested decode(@Nullable String value) {
        if (value == null) {
            throw new UnprocessableRecord("Undecodable NotificationRequested: empty record");
        }
        try {
            return json.readValue(value, NotificationRequested.class);
        } catch (JacksonException e) {
            throw new UnprocessableRecord("Undecodable NotificationRequested: " + e.getOriginalMessage(), e);
        }
    }

    private static String describe(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private static DeliveryRequest toDeliveryRequest(NotificationRequested event) {
        List<NotificationRequested.ReplyOption> options =
                event.replyOptions() == null ? List.of() : event.replyOptions();
        return new DeliveryRequest(
                event.notificationId(),
                event.incidentId(),
                event.personId(),
                event.exercise(),
                event.lifeSafety(),
                event.subject(),
                event.body(),
                event.replyCode(),
                options.stream()
                        .map(option -> new DeliveryRequest.ReplyOption(option.key(), option.answer(), option.label()))
                        .toList(),
                event.channels().stream()
                        .map(channel -> new ChannelAddress(channel.channel(), channel.address()))
                        .toList(),
                event.locale() == null || event.locale().isBlank() ? "en" : event.locale(),
                event.incidentType() == null || event.incidentType().isBlank() ? "general" : event.incidentType(),
                event.expiresAt(),
                event.purpose(),
                alternateSite(event.alternateSite()));
    }

    private static DeliveryRequest.@Nullable AlternateSite alternateSite(
            NotificationRequested.@Nullable AlternateSite site) {
        return site == null || site.name() == null || site.name().isBlank()
                ? null
                : new DeliveryRequest.AlternateSite(site.site(), site.name(), site.address());
    }
}
