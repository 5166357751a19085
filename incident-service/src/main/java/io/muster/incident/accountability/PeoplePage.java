package io.muster.incident.accountability;

import java.util.List;

/** One page of an incident's people, with how many match in all. */
record PeoplePage(long total, int page, int size, List<PersonRow> people) {}
