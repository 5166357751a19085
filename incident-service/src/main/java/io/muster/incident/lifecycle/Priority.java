package io.muster.incident.lifecycle;

/** LIFE_SAFETY requests travel on a lane of their own so that no broadcast queues in front of them. */
enum Priority {
    NORMAL,
    LIFE_SAFETY
}
