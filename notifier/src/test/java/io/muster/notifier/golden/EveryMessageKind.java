package io.muster.notifier.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.channel.DeliveryRequest.AlternateSite;
import io.muster.notifier.channel.DeliveryRequest.ChannelAddress;
import io.muster.notifier.channel.DeliveryRequest.ReplyOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Walks every message kind (purpose) a person can receive, as the incident-service sends it, in both languages,
 * and finds English in a French text: every word the English rendering has that is not the commander's own
 * (the title, the body, the site names) must be absent from the French one. The commander's words are made up,
 * so they can never hide a template word.
 */
public final class EveryMessageKind {

    public static final List<String> PURPOSES =
            List.of("ALERT", "REMINDER", "ALL_CLEAR", "SITREP_REMINDER", "TASK_OVERDUE");
    public static final List<String> LANGUAGES = List.of("en", "fr");

    private static final String TITLE = "Zorglub Quay";
    private static final String WORDS = "Blorp vrrm zintok.";
    private static final String TASK = "Snorfle Zyx";
    private static final String INCIDENT = "Krakatoa Bay";
    private static final AlternateSite ALTERNATE = new AlternateSite("Glimmerdale", "Quuxhold", "7 Frobozz Lane");
    private static final List<ReplyOption> ROLL_CALL = List.of(
            new ReplyOption("1", "SAFE", "I am safe"),
            new ReplyOption("2", "NEEDS_HELP", "I need help"),
            new ReplyOption("3", "AT_ALTERNATE_SITE", "I am at the alternate site"));
    /** Words both languages spell alike ("site de repli", "aucune autre action"). */
    private static final Set<String> SHARED =
            Set.of("muster", "code", "incident", "situation", "message", "site", "action");

    private static final Pattern URL = Pattern.compile("https?://[^\\s\"<]+");
    private static final Pattern MARKUP = Pattern.compile("<[^>]*>|&[#a-zA-Z0-9]+;");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");

    private EveryMessageKind() {}

    /** A request of {@code purpose} as the incident-service sends it: bare title, body, options when it asks. */
    public static DeliveryRequest request(String purpose, String locale) {
        boolean asks = purpose.equals("ALERT") || purpose.equals("REMINDER");
        return new DeliveryRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                true,
                false,
                purpose.equals("TASK_OVERDUE") ? TASK : TITLE,
                purpose.equals("TASK_OVERDUE") ? INCIDENT : purpose.equals("ALL_CLEAR") ? "" : WORDS,
                "47",
                asks ? ROLL_CALL : List.of(),
                List.of(new ChannelAddress("SMS", "+15550100001")),
                locale,
                "general",
                Instant.now().plusSeconds(3600),
                purpose,
                asks ? ALTERNATE : null);
    }

    /** Fails when {@code french} holds a word of {@code english} that is not the commander's. */
    public static void assertNoEnglishIn(String french, String english, DeliveryRequest request) {
        Set<String> commanders = words(String.join(
                        " ",
                        request.subject(),
                        request.body(),
                        TASK,
                        INCIDENT,
                        ALTERNATE.site(),
                        ALTERNATE.name(),
                        ALTERNATE.address()))
                .collect(Collectors.toSet());
        Set<String> ours = words(english)
                .filter(word -> !commanders.contains(word) && !SHARED.contains(word))
                .collect(Collectors.toCollection(HashSet::new));
        Set<String> leaked = words(french).filter(ours::contains).collect(Collectors.toSet());
        assertThat(leaked)
                .as("English words in the French %s:%n%s", request.purpose(), french)
                .isEmpty();
        assertThat(french).isNotEqualTo(english);
    }

    private static Stream<String> words(String text) {
        String plain = MARKUP.matcher(URL.matcher(text).replaceAll(" ")).replaceAll(" ");
        return Arrays.stream(NOT_A_LETTER.split(plain))
                .filter(word -> word.length() > 1)
                .map(word -> word.toLowerCase(Locale.ROOT));
    }
}
