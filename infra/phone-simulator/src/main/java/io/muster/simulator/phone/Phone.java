package io.muster.simulator.phone;

import io.muster.simulator.PhoneMessage;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;

/** One phone: its most recent entries, a count of everything it received, and who last texted it. */
final class Phone {

    private final ArrayDeque<PhoneMessage> recent = new ArrayDeque<>();
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
