package io.muster.incident.directory.importing;

import io.muster.incident.directory.PersonEntry;
import java.util.HashSet;
import java.util.List;

/** A row whose manager and deputy are known, ready to be written. */
record ResolvedRow(int line, String employeeId, PersonEntry entry, List<String> roles) {

    boolean sameAs(DirectorySnapshot.Existing existing) {
        return entry.equals(existing.entry()) && new HashSet<>(roles).equals(new HashSet<>(existing.roles()));
    }
}
