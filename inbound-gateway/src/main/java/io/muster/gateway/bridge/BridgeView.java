package io.muster.gateway.bridge;

import io.muster.gateway.PhoneNumbers;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An incident's bridge for operators: who is on it now (joined on a call that has not left) and every join and
 * leave, oldest first; names from the requests that invited them, numbers masked.
 */
record BridgeView(UUID incidentId, List<OnBridge> onBridge, List<Entry> history) {

    record OnBridge(UUID personId, @Nullable String name, String number, String callSid, Instant joinedAt) {}

    record Entry(UUID personId, @Nullable String name, String number, String event, Instant at) {}

    static BridgeView of(UUID incidentId, List<BridgeMembers.Member> members, List<BridgeEvents.Event> events) {
        Map<UUID, BridgeMembers.Member> byPerson =
                members.stream().collect(Collectors.toMap(BridgeMembers.Member::personId, Function.identity()));
        Map<String, BridgeEvents.Event> joined = new LinkedHashMap<>();
        for (BridgeEvents.Event event : events) {
            if ("JOINED".equals(event.event())) {
                joined.put(event.callSid(), event);
            } else {
                joined.remove(event.callSid());
            }
        }
        List<OnBridge> present = joined.values().stream()
                .map(e -> new OnBridge(
                        e.personId(),
                        name(byPerson, e.personId()),
                        number(byPerson, e.personId()),
                        e.callSid(),
                        e.at()))
                .toList();
        List<Entry> history = events.stream()
                .map(e -> new Entry(
                        e.personId(), name(byPerson, e.personId()), number(byPerson, e.personId()), e.event(), e.at()))
                .toList();
        return new BridgeView(incidentId, present, history);
    }

    private static @Nullable String name(Map<UUID, BridgeMembers.Member> members, UUID personId) {
        BridgeMembers.Member member = members.get(personId);
        return member == null ? null : member.displayName();
    }

    private static String number(Map<UUID, BridgeMembers.Member> members, UUID personId) {
        BridgeMembers.Member member = members.get(personId);
        return PhoneNumbers.masked(member == null ? null : member.phone());
    }
}
