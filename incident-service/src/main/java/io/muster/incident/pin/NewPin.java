package io.muster.incident.pin;

import java.util.UUID;

/** The answer to an HR reset: the new PIN, shown once to the person resetting it (kept only as a hash). */
record NewPin(UUID personId, String employeeId, String pin) {}
