package io.muster.gateway.hotline;

import jakarta.validation.Valid;
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
 * @param verification how a caller who is not recognised by their number proves who they are
 */
@Validated
@ConfigurationProperties("muster.hotline")
record HotlineProperties(
        @DefaultValue("120s") Duration maxRecordingLength,
        @Min(1) @Max(20) @DefaultValue("10") int employeeIdMaxDigits,
        @Min(1) @Max(5) @DefaultValue("2") int identifyAttempts,
        @DefaultValue("14d") Duration lookback,
        @Pattern(regexp = "en|fr") @DefaultValue("en") String defaultLanguage,
        @Valid @DefaultValue Verification verification) {

    /**
     * Proof of identity for callers the hotline does not recognise by their own number.
     *
     * @param maxFailuresPerPerson failed proofs for one claimed person (whoever calls, from wherever) before every
     *     proof for them is refused until the window ends
     * @param maxFailuresPerNumber failed proofs from one calling number (whomever they claim to be) before the same
     * @param window how long failures count; a key that reached its limit stays refused until its window ends
     * @param acceptReplyCode also take the reply code of the person's alert as proof. Off by default: reply codes
     *     are handed out from 10 upwards per person, so most people's code is 10 and anyone could guess it
     * @param pinMaxDigits the most keys a PIN may take (the incident-service allows 6 to 8)
     */
    record Verification(
            @Min(1) @DefaultValue("5") int maxFailuresPerPerson,
            @Min(1) @DefaultValue("10") int maxFailuresPerNumber,
            @DefaultValue("24h") Duration window,
            @DefaultValue("false") boolean acceptReplyCode,
            @Min(4) @Max(12) @DefaultValue("8") int pinMaxDigits) {}

    /** The prompts in {@code language} (a {@code lang} of an action URL, or a locale), else in the default language. */
    HotlinePrompts prompts(@Nullable String language) {
        return HotlinePrompts.of(language, HotlinePrompts.of(defaultLanguage, HotlinePrompts.ENGLISH));
    }

    int maxRecordingSeconds() {
        return (int) Math.clamp(maxRecordingLength.toSeconds(), 1, 3600);
    }
}
