package io.muster.gateway.hotline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
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
 * @param defaultLanguage what an unidentified caller hears first ({@code en} or {@code fr}); the other language
 *     is offered on the keypad
 */
@Validated
@ConfigurationProperties("muster.hotline")
record HotlineProperties(
        @DefaultValue("120s") Duration maxRecordingLength,
        @Min(1) @Max(20) @DefaultValue("10") int employeeIdMaxDigits,
        @Min(1) @Max(5) @DefaultValue("2") int identifyAttempts,
        @DefaultValue("14d") Duration lookback,
        @Pattern(regexp = "en|fr") @DefaultValue("en") String defaultLanguage) {

    /** The prompts in {@code language} (a {@code lang} of an action URL, or a locale), else in the default language. */
    HotlinePrompts prompts(@Nullable String language) {
        return HotlinePrompts.of(language, HotlinePrompts.of(defaultLanguage, HotlinePrompts.ENGLISH));
    }

    int maxRecordingSeconds() {
        return (int) Math.clamp(maxRecordingLength.toSeconds(), 1, 3600);
    }
}
