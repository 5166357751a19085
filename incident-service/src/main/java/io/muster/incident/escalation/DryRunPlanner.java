package io.muster.incident.escalation;

import io.muster.incident.calltree.CallTree;
import io.muster.incident.calltree.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Plays a call tree forward as if nobody answered: every level is called after the waits before
 * it, everybody climbs their channels, gets a reminder, then hands over to their deputy. Quiet
 * hours shift steps of informational incidents, as the engine does.
 */
@Component
class DryRunPlanner {

    private final Contacts contacts;

    DryRunPlanner(Contacts contacts) {
        this.contacts = contacts;
    }

    List<DryRun.Entry> plan(CallTree tree, List<UUID> sites, boolean lifeSafety, Instant start) {
        List<DryRun.Entry> entries = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        Instant levelStart = start;
        for (int i = 0; i < tree.levels().size(); i++) {
            Level level = tree.levels().get(i);
            for (Contact member : contacts.membersOf(level, sites)) {
                if (seen.add(member.personId())) {
                    person(member, i + 1, null, levelStart, tree.stepTimeout(), lifeSafety, start, entries, seen);
                }
            }
            levelStart = levelStart.plus(level.escalateAfter());
        }
        entries.sort(Comparator.comparing(DryRun.Entry::at).thenComparing(DryRun.Entry::employeeId));
        return entries;
    }

    private void person(
            Contact c,
            int level,
            @Nullable UUID deputyFor,
            Instant from,
            Duration timeout,
            boolean lifeSafety,
            Instant start,
            List<DryRun.Entry> entries,
            Set<UUID> seen) {
        var channels = c.channels();
        Instant at = from;
        for (int step = 0; step <= channels.size() && !channels.isEmpty(); step++) {
            at = lifeSafety ? at : c.quietUntil(at).orElse(at);
            String purpose = step == 0 ? "ALERT" : "REMINDER";
            String channel = channels.get(step < channels.size() ? step : 0).channel();
            entries.add(new DryRun.Entry(
                    Duration.between(start, at).toMinutes(),
                    at,
                    level,
                    c.personId(),
                    c.employeeId(),
                    c.displayName(),
                    channel,
                    purpose,
                    deputyFor));
            at = at.plus(timeout);
        }
        if (c.deputyId() != null && seen.add(c.deputyId())) {
            Map<UUID, Contact> deputy =
                    contacts.byIds(List.of(c.deputyId())).stream().collect(Collectors.toMap(Contact::personId, d -> d));
            if (deputy.containsKey(c.deputyId())) {
                person(deputy.get(c.deputyId()), level, c.personId(), at, timeout, lifeSafety, start, entries, seen);
            }
        }
    }
}
