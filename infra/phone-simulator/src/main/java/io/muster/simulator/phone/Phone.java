package io.muster.simulator.phone;

import io.muster.simulator.PhoneMessage;
import io.muster.simulator.SentSms;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;

/**
 * One phone: its most recent entries, a count of everything it received, the SMS it sent most recently, and
 * who last texted it.
 */
final class Phone {

    private final ArrayDeque<PhoneMessage> recent = new ArrayDeque<>();
    private final ArrayDeque<SentSms> sent = new ArrayDeque<>();
    private final int kept;
    private long received;
    private String lastSender;

    Phone(int kept) {
        this.kept = kept;
    }

    synchronized void receive(PhoneMessage message) {
        if (recent.size() == kept) {
            recent.removeFirst();
        }
        recent.addLast(message);
        received++;
    }

    synchronized void sent(SentSms sms) {
        if (sent.size() == kept) {
            sent.removeFirst();
        }
        sent.addLast(sms);
    }

    synchronized List<SentSms> sent() {
        return List.copyOf(sent);
    }

    synchronized List<PhoneMessage> recent() {
        return List.copyOf(recent);
    }

    synchronized long received() {
        return received;
    }

    synchronized void textedBy(String sender) {
        lastSender = sender;
    }

    synchronized Optional<String> lastSender() {
        return Optional.ofNullable(lastSender);
    }
}
