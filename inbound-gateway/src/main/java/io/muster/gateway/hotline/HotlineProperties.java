package io.muster.gateway.hotline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The hotline's settings.
 *
 * @param maxRecordingLength the longest message a caller may record (Twilio's {@code maxLength})
 * @param employeeIdMaxDigits the most keys an employee id may take on the keypad
 * @param identifyAttempts how many employee ids a caller may try before being treated as unidentified
 * @param lookback how far back a request makes its person "part of" an incident not yet closed
 */
@Validated
@ConfigurationProperties("muster.hotline")
record HotlineProperties(
        @DefaultValue("120s") Duration maxRecordingLength,
        @Min(1) @Max(20) @DefaultValue("10") int employeeIdMaxDigits,
        @Min(1) @Max(5) @DefaultValue("2") int identifyAttempts,
        @DefaultValue("14d") Duration lookback) {

    int maxRecordingSeconds() {
        return (int) Math.clamp(maxRecordingLength.toSeconds(), 1, 3600);
    }
}
