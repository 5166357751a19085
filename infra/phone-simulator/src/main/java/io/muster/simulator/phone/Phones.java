package io.muster.simulator.phone;

import io.muster.simulator.PhoneMessage;
import io.muster.simulator.PhoneSummary;
import io.muster.simulator.SentSms;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Every phone the simulator has seen, by number; each keeps only its last {@value #KEPT} entries. */
public final class Phones {

    static final int KEPT = 200;

    private final Map<String, Phone> phones = new ConcurrentHashMap<>();

    /** An entry lands in the inbox of {@code inboxOf}. */
    public void receive(String inboxOf, PhoneMessage message) {
        phone(inboxOf).receive(message);
    }

    /** The phone {@code number} sent an SMS to the application. */
    public void sent(String number, SentSms sms) {
        phone(number).sent(sms);
    }

    /** What the phone sent, oldest first (its last {@value #KEPT}). */
    public List<SentSms> sent(String number) {
        Phone phone = phones.get(number);
        return phone == null ? List.of() : phone.sent();
    }

    /** Remembers who texted {@code number} last, so its replies go there. */
    public void textedBy(String number, String sender) {
        phone(number).textedBy(sender);
    }

    public Optional<String> lastSender(String number) {
        Phone phone = phones.get(number);
        return phone == null ? Optional.empty() : phone.lastSender();
    }

    /** Oldest first. */
    public List<PhoneMessage> inbox(String number) {
        Phone phone = phones.get(number);
        return phone == null ? List.of() : phone.recent();
    }

    public List<PhoneSummary> summaries() {
        return phones.entrySet().stream()
                .map(entry -> new PhoneSummary(entry.getKey(), entry.getValue().received()))
                .sorted(Comparator.comparing(PhoneSummary::number))
                .toList();
    }

    public void clear() {
        phones.clear();
    }

    private Phone phone(String number) {
        return phones.computeIfAbsent(number, key -> new Phone(KEPT));
    }
}
