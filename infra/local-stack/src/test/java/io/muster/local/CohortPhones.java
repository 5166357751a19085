package io.muster.local;

import io.muster.simulator.FailedWebhook;
import io.muster.simulator.PhoneMessage;
import io.muster.simulator.PhoneSimulator;
import io.muster.simulator.SentSms;
import io.muster.tokens.AnswerTokenCodec;
import io.muster.tokens.TokenCheck;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a cohort's phones saw and did, read from the phone simulator: the alerts each phone received (an
 * alert SMS carries the answer link, whose token names its notification), the answers each phone sent and
 * how the gateway took them, and the delivery receipts (status callbacks) the gateway never took.
 */
final class CohortPhones {

    private static final Pattern TOKEN = Pattern.compile("/answer/([a-z2-7]{" + AnswerTokenCodec.LENGTH + "})");

    private final PhoneSimulator simulator;
    private final List<String> phones;
    private final AnswerTokenCodec tokens;

    CohortPhones(PhoneSimulator simulator, List<String> phones, String answerTokenSecret) {
        this.simulator = simulator;
        this.phones = phones;
        this.tokens = new AnswerTokenCodec(List.of(answerTokenSecret));
    }

    /** One alert SMS on person {@code person}'s phone: the notification it is for and the message's sid. */
    record Alert(int person, UUID notificationId, String sid) {}

    List<Alert> alerts() {
        List<Alert> alerts = new ArrayList<>();
        for (int person = 0; person < phones.size(); person++) {
            for (PhoneMessage message : simulator.inbox(phones.get(person))) {
                int index = person;
                notificationOf(message).ifPresent(id -> alerts.add(new Alert(index, id, message.sid())));
            }
        }
        return alerts;
    }

    /** The SMS each person's phone sent (the automatic answers), by person. */
    List<List<SentSms>> sent() {
        return phones.stream().map(simulator::sent).toList();
    }

    /** Phones that received at least one alert. */
    int alerted() {
        return (int) phones.stream()
                .filter(phone -> simulator.inbox(phone).stream()
                        .anyMatch(m -> notificationOf(m).isPresent()))
                .count();
    }

    /** Phones that sent at least one answer (whatever the gateway made of it). */
    int answered() {
        return (int) phones.stream().filter(p -> !simulator.sent(p).isEmpty()).count();
    }

    /** Alerts received plus answers the gateway accepted: grows while the fan-out and the replies move. */
    long progress() {
        long progress = 0;
        for (String phone : phones) {
            progress += simulator.inbox(phone).size();
            progress += simulator.sent(phone).stream().filter(SentSms::accepted).count();
        }
        return progress;
    }

    /** The "delivered" status callbacks of these alerts that the gateway never took, by message sid. */
    Map<String, FailedWebhook> refusedReceipts(List<Alert> alerts, Instant since) {
        Map<String, Alert> bySid = new HashMap<>();
        alerts.forEach(alert -> bySid.put(alert.sid(), alert));
        Map<String, FailedWebhook> refused = new HashMap<>();
        for (FailedWebhook webhook : simulator.failedWebhooks()) {
            String sid = webhook.params().get("MessageSid");
            if (!webhook.at().isBefore(since)
                    && "delivered".equals(webhook.params().get("MessageStatus"))
                    && bySid.containsKey(sid)) {
                refused.put(sid, webhook);
            }
        }
        return refused;
    }

    private Optional<UUID> notificationOf(PhoneMessage message) {
        if (message.kind() != PhoneMessage.Kind.SMS) {
            return Optional.empty();
        }
        Matcher matcher = TOKEN.matcher(message.body());
        if (!matcher.find()) {
            return Optional.empty();
        }
        return switch (tokens.check(matcher.group(1), Instant.now())) {
            case TokenCheck.Valid valid -> Optional.of(valid.notificationId());
            case TokenCheck.Expired expired -> Optional.of(expired.notificationId());
            case TokenCheck.Invalid invalid -> Optional.empty();
        };
    }
}
