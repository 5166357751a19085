package io.muster.notifier.golden;

import io.muster.notifier.channel.DeliveryRequest;
import io.muster.notifier.channel.DeliveryRequest.AlternateSite;
import io.muster.notifier.channel.DeliveryRequest.ChannelAddress;
import io.muster.notifier.channel.DeliveryRequest.ReplyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The requests whose SMS and email texts are pinned byte for byte (src/test/resources/golden/): every purpose in
 * both languages, with and without an exercise, a code, known answers, an alternate site, and a life-safety text
 * long enough to be shortened.
 */
public final class GoldenCases {

    private static final List<String> PURPOSES =
            List.of("ALERT", "REMINDER", "ALL_CLEAR", "SITREP_REMINDER", "TASK_OVERDUE", "SOMETHING_NEW");
    private static final List<ReplyOption> ROLL_CALL = List.of(
            new ReplyOption("1", "SAFE", "I am safe"),
            new ReplyOption("2", "NEEDS_HELP", "I need help"),
            new ReplyOption("3", "AT_ALTERNATE_SITE", "I am at the alternate site"));
    private static final List<ReplyOption> LABELS_ONLY =
            List.of(new ReplyOption("1", "I'm fine"), new ReplyOption("2", "I need help"));

    private GoldenCases() {}

    /** Each case by a name that says what it is, in a stable order. */
    public static Map<String, DeliveryRequest> all() {
        Map<String, DeliveryRequest> cases = new LinkedHashMap<>();
        for (String locale : List.of("en", "fr")) {
            for (String purpose : PURPOSES) {
                boolean asks = purpose.equals("ALERT") || purpose.equals("REMINDER") || purpose.equals("SOMETHING_NEW");
                boolean task = purpose.equals("TASK_OVERDUE");
                cases.put(
                        purpose + " " + locale,
                        request(
                                purpose,
                                locale,
                                false,
                                false,
                                task ? "Check the sprinklers" : "Fire at Riverside",
                                task
                                        ? "Fire at Riverside"
                                        : purpose.equals("ALL_CLEAR") ? "" : "Leave by the east door.",
                                "47",
                                asks ? ROLL_CALL : List.of(),
                                asks ? new AlternateSite("Riverside", "Hilltop Depot", "12 Hill Road") : null));
            }
            cases.put(
                    "ALERT exercise, no words, your site, no address " + locale,
                    request(
                            "ALERT",
                            locale,
                            true,
                            false,
                            "Gas leak!",
                            "",
                            "12",
                            ROLL_CALL,
                            new AlternateSite(null, "Hilltop Depot", null)));
            cases.put(
                    "no purpose, labels only, no code " + locale,
                    request(null, locale, false, false, "Drill", "Meet at the car park.", null, LABELS_ONLY, null));
            cases.put(
                    "life safety shortened " + locale,
                    request(
                            "ALERT",
                            locale,
                            false,
                            true,
                            "Gas leak at Riverside",
                            "Evacuate building A now by the east stairs. ".repeat(10),
                            "47",
                            ROLL_CALL,
                            null));
            cases.put(
                    "informational not shortened " + locale,
                    request(
                            null,
                            locale,
                            false,
                            false,
                            "Update",
                            "Building A reopens at noon. ".repeat(8),
                            null,
                            List.of(),
                            null));
            cases.put(
                    "escaping <&\"> " + locale,
                    request(
                            "ALERT",
                            locale,
                            true,
                            false,
                            "A <b> & \"c\"",
                            "Go <now> & 'run'.",
                            "47",
                            ROLL_CALL,
                            new AlternateSite("<Site>", "Depot & Co", "1 \"Road\"")));
        }
        cases.put("regional fr-CA", withLocale(cases.get("REMINDER fr"), "fr-CA"));
        cases.put("regional fr_FR", withLocale(cases.get("ALERT fr"), "fr_FR"));
        cases.put("unknown language de", withLocale(cases.get("ALERT fr"), "de"));
        return cases;
    }

    private static DeliveryRequest request(
            String purpose,
            String locale,
            boolean exercise,
            boolean lifeSafety,
            String title,
            String body,
            String code,
            List<ReplyOption> options,
            AlternateSite site) {
        return new DeliveryRequest(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                exercise,
                lifeSafety,
                title,
                body,
                code,
                options,
                List.of(new ChannelAddress("SMS", "+15550100001")),
                locale,
                "general",
                null,
                purpose,
                site);
    }

    private static DeliveryRequest withLocale(DeliveryRequest r, String locale) {
        return new DeliveryRequest(
                r.notificationId(),
                r.incidentId(),
                r.personId(),
                r.exercise(),
                r.lifeSafety(),
                r.subject(),
                r.body(),
                r.replyCode(),
                r.replyOptions(),
                r.channels(),
                locale,
                r.incidentType(),
                r.expiresAt(),
                r.purpose(),
                r.alternateSite());
    }
}
