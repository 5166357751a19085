package io.muster.gateway.voice;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.gateway.correlation.AlternateSite;
import io.muster.gateway.correlation.OpenRequest;
import io.muster.gateway.correlation.ReplyOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a call says for every kind of message (purpose), in both languages: the words around the commander's are
 * in the person's language, the all-clear says so once, reminders say they are one, and where to report is read.
 */
class VoiceMessagesTests {

    private static final String TITLE = "Zorglub Quay";
    private static final String WORDS = "Blorp vrrm zintok.";
    private static final AlternateSite SITE = new AlternateSite("Glimmerdale", "Quuxhold", "7 Frobozz Lane");
    private static final List<ReplyOption> ROLL_CALL =
            List.of(new ReplyOption("1", "SAFE", "I am safe"), new ReplyOption("2", "NEEDS_HELP", "I need help"));
    private static final Pattern MARKUP = Pattern.compile("<[^>]*>|&[#a-zA-Z0-9]+;|token=[a-z2-7]+");

    @Test
    void readsTheAllClearOnceAndARemindersNameInEitherLanguage() {
        assertThat(VoiceMessages.of(request("ALL_CLEAR", "", "en", null), VoicePrompts.ENGLISH))
                .isEqualTo("This is an exercise. All clear: Zorglub Quay. No further action is needed.");
        assertThat(VoiceMessages.of(request("ALL_CLEAR", "", "fr", null), VoicePrompts.of("fr")))
                .isEqualTo("Ceci est un exercice. Fin d'alerte : Zorglub Quay. Aucune autre action n'est nécessaire.");
        assertThat(VoiceMessages.of(request("REMINDER", WORDS, "fr", SITE), VoicePrompts.of("fr")))
                .isEqualTo(
                        "Ceci est un exercice. Rappel : Zorglub Quay. Blorp vrrm zintok. Si Glimmerdale n'est pas utilisable, rendez-vous"
                                + " à Quuxhold, 7 Frobozz Lane.");
    }

    /** The notice that a colleague's voice message waits, when it reaches someone by a call (no SMS number). */
    @Test
    void aVoiceMessageNoticeSaysWhoLeftItAndToCallTheHotlineInEitherLanguage() {
        assertThat(VoiceMessages.of(request("VOICE_MESSAGE", "Krakatoa Bay", "en", null), VoicePrompts.ENGLISH))
                .isEqualTo("This is an exercise. A voice message from Zorglub Quay waits for you about Krakatoa Bay."
                        + " Call the hotline to hear it.");
        assertThat(VoiceMessages.of(request("VOICE_MESSAGE", "Krakatoa Bay", "fr", null), VoicePrompts.of("fr")))
                .isEqualTo(
                        "Ceci est un exercice. Un message vocal de Zorglub Quay vous attend au sujet de Krakatoa Bay."
                                + " Appelez la ligne d'urgence pour l'écouter.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ALERT",
                "REMINDER",
                "ALL_CLEAR",
                "SITREP_REMINDER",
                "TASK_OVERDUE",
                "VOICE_MESSAGE",
                "SOMETHING_NEW"
            })
    void aFrenchCallHasNoEnglishButTheCommandersWords(String purpose) {
        String french = call(request(purpose, WORDS, "fr-FR", SITE));
        String english = call(request(purpose, WORDS, "en", SITE));

        Set<String> commanders = words(
                        String.join(" ", TITLE, WORDS, "Krakatoa Bay", SITE.site(), SITE.name(), SITE.address()))
                .collect(Collectors.toSet());
        Set<String> ours =
                words(english).filter(word -> !commanders.contains(word)).collect(Collectors.toSet());
        assertThat(words(french).filter(ours::contains).collect(Collectors.toSet()))
                .as("English in the French call of %s: %s", purpose, french)
                .isEmpty();
    }

    /** Everything the call says: the message and menu, or the message alone for a request that asks nothing. */
    private static String call(OpenRequest request) {
        return VoiceScripts.messageAndMenu(request, "token", 1).toXml()
                + (request.asksForAnswer()
                        ? VoiceScripts.confirmed(request, "token", 2).toXml()
                        : "");
    }

    private static Stream<String> words(String text) {
        return Arrays.stream(MARKUP.matcher(text).replaceAll(" ").split("[^\\p{L}]+"))
                .filter(word -> word.length() > 1)
                .map(word -> word.toLowerCase(Locale.ROOT))
                // markup, and words both languages spell alike
                .filter(word -> !Set.of(
                                "message",
                                "situation",
                                "xml",
                                "version",
                                "encoding",
                                "utf",
                                "response",
                                "say",
                                "language",
                                "en",
                                "us",
                                "fr",
                                "gather",
                                "action",
                                "webhooks",
                                "twilio",
                                "voice",
                                "prompt",
                                "numdigits",
                                "hangup")
                        .contains(word));
    }

    private static OpenRequest request(String purpose, String body, String locale, AlternateSite site) {
        boolean asks = purpose.equals("ALERT") || purpose.equals("REMINDER") || purpose.equals("SOMETHING_NEW");
        return new OpenRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Ada",
                "+15550100001",
                null,
                "47",
                asks ? ROLL_CALL : List.of(),
                TITLE,
                Instant.now().plusSeconds(3600),
                true,
                purpose.equals("TASK_OVERDUE") || purpose.equals("VOICE_MESSAGE") ? "Krakatoa Bay" : body,
                locale,
                List.of(),
                purpose,
                asks ? site : null);
    }
}
