package io.muster.incident.pin;

import org.jspecify.annotations.Nullable;

/** The body of {@code PUT /api/me/hotline-pin}. */
record PinForm(@Nullable String pin) {}
