package io.muster.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A value of the wrong type in a body or the address, in the API's words: the field (its JSON path,
 * {@code notify.personIds[1]}, or the parameter's name) and what it takes, the allowed values of
 * an enum included; never the JSON library's message, which names Java classes.
 */
public final class TypeErrors {

    /** The field, named as the client sent it, and what it must be. */
    public record FieldError(String field, String message) {

        /** {@code "severity" must be one of LOW, MODERATE, HIGH, CRITICAL.} */
        public String detail() {
            return "\"" + field + "\" " + message + ".";
        }

        /** The problem's {@code errors} member: this one field. */
        public List<Map<String, String>> errors() {
            return List.of(Map.of("field", field, "message", message));
        }
    }

    private TypeErrors() {}

    /** The field and what it must be, when the error is a value of the wrong type. */
    public static Optional<FieldError> of(ServerWebInputException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatch
                    && !mismatch.getPath().isEmpty()) {
                return Optional.of(new FieldError(path(mismatch), mustBe(mismatch.getTargetType())));
            }
            if (cause instanceof TypeMismatchException mismatch && e.getMethodParameter() != null) {
                return Optional.of(new FieldError(name(e.getMethodParameter()), mustBe(mismatch.getRequiredType())));
            }
        }
        return Optional.empty();
    }

    static String mustBe(@Nullable Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of "
                    + Arrays.stream(type.getEnumConstants())
                            .map(constant -> ((Enum<?>) constant).name())
                            .collect(Collectors.joining(", "));
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class
                || type == BigInteger.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type)
                || type == double.class
                || type == float.class
                || type == BigDecimal.class) {
            return "must be a number";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "must be text";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "must be an ISO-8601 time with its offset, like 2025-01-31T09:00:00Z";
        }
        if (type == LocalDate.class) {
            return "must be a date like 2025-01-31";
        }
        if (type == LocalTime.class) {
            return "must be a time of day like 07:30";
        }
        if (type == Duration.class) {
            return "must be an ISO-8601 duration like PT15M";
        }
        if (ZoneId.class.isAssignableFrom(type)) {
            return "must be a time zone like Europe/London";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "must be an object";
        }
        return "has the wrong type";
    }

    // [notify, personIds, 1] → notify.personIds[1]
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String name(MethodParameter parameter) {
        String declared = "";
        if (parameter.getParameterAnnotation(RequestParam.class) instanceof RequestParam param) {
            declared = param.name();
        } else if (parameter.getParameterAnnotation(PathVariable.class) instanceof PathVariable variable) {
            declared = variable.name();
        } else if (parameter.getParameterAnnotation(RequestHeader.class) instanceof RequestHeader header) {
            declared = header.name();
        }
        return declared.isEmpty() ? String.valueOf(parameter.getParameterName()) : declared;
    }
}
