package io.muster.incident.directory.importing;

import io.muster.incident.directory.PersonEntry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Resolves managers and deputies (people already in the directory or rows of the same file) and
 * rejects rows whose deputy chain leads back to them. Rejecting a row can break the references of
 * others, so it repeats until nothing more is rejected.
 */
final class References {

    private final DirectorySnapshot snapshot;
    private final Map<String, ImportRow> pending;
    private final Map<Integer, String> rejections;

    References(DirectorySnapshot snapshot, Map<String, ImportRow> rows, Map<Integer, String> rejections) {
        this.snapshot = snapshot;
        this.pending = new LinkedHashMap<>(rows);
        this.rejections = rejections;
    }

    Map<String, ResolvedRow> resolve() {
        while (true) {
            Map<String, ResolvedRow> resolved = new LinkedHashMap<>();
            Map<String, UUID> ids = ids();
            int before = pending.size();
            for (ImportRow row : Set.copyOf(pending.values())) {
                UUID manager = lookUp(row.managerEmployeeId(), ids);
                UUID deputy = lookUp(row.deputyEmployeeId(), ids);
                if (manager == null && row.managerEmployeeId() != null) {
                    reject(row, "unknown manager_employee_id " + row.managerEmployeeId());
                } else if (deputy == null && row.deputyEmployeeId() != null) {
                    reject(row, "unknown deputy_employee_id " + row.deputyEmployeeId());
                } else {
                    resolved.put(row.employeeId(), resolved(row, ids.get(row.employeeId()), manager, deputy));
                }
            }
            if (pending.size() == before && !rejectCycles(resolved)) {
                return resolved;
            }
        }
    }

    private Map<String, UUID> ids() {
        Map<String, UUID> ids = new HashMap<>();
        snapshot.people()
                .forEach((employee, existing) ->
                        ids.put(employee, existing.entry().id()));
        pending.values()
                .forEach(row -> ids.putIfAbsent(row.employeeId(), row.entry().id()));
        return ids;
    }

    private static @Nullable UUID lookUp(@Nullable String employeeId, Map<String, UUID> ids) {
        return employeeId == null ? null : ids.get(employeeId);
    }

    // Quiet hours are not in the file: an existing person keeps theirs.
    private ResolvedRow resolved(ImportRow row, UUID id, @Nullable UUID manager, @Nullable UUID deputy) {
        var existing = snapshot.people().get(row.employeeId());
        PersonEntry e = row.entry();
        var entry = new PersonEntry(
                id,
                e.employeeId(),
                e.name(),
                e.phones(),
                e.email(),
                e.locale(),
                e.timeZone(),
                e.siteId(),
                e.department(),
                manager,
                deputy,
                e.channels(),
                existing == null ? null : existing.entry().quietFrom(),
                existing == null ? null : existing.entry().quietUntil());
        return new ResolvedRow(
                row.line(),
                row.employeeId(),
                entry,
                row.roles().stream().sorted().toList());
    }

    private boolean rejectCycles(Map<String, ResolvedRow> resolved) {
        Map<UUID, UUID> deputies = new HashMap<>(snapshot.deputies());
        resolved.values().forEach(r -> {
            if (r.entry().deputyId() == null) deputies.remove(r.entry().id());
            else deputies.put(r.entry().id(), r.entry().deputyId());
        });
        boolean rejected = false;
        for (ResolvedRow row : resolved.values()) {
            if (leadsBack(row.entry().id(), deputies)) {
                reject(pending.get(row.employeeId()), "deputy chain leads back to this person");
                rejected = true;
            }
        }
        return rejected;
    }

    private static boolean leadsBack(UUID person, Map<UUID, UUID> deputies) {
        Set<UUID> seen = new HashSet<>();
        for (UUID next = deputies.get(person); next != null && seen.add(next); next = deputies.get(next)) {
            if (next.equals(person)) return true;
        }
        return false;
    }

    private void reject(ImportRow row, String reason) {
        pending.remove(row.employeeId());
        rejections.put(row.line(), reason);
    }
}
