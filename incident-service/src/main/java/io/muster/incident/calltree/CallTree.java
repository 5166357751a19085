package io.muster.incident.calltree;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** A stored call tree: ordered levels, and how long each person has to answer one step. */
public record CallTree(UUID id, String name, Duration stepTimeout, List<Level> levels) {}
