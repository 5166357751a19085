package io.muster.incident.accountability;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Which people of an incident HR asks for: by state, by site (home or reporting), by search text. */
record PeopleFilter(@Nullable State state, @Nullable UUID siteId, @Nullable String q) {}
