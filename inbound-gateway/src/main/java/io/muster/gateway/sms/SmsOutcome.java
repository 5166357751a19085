package io.muster.gateway.sms;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What came of an SMS reply, as the inbound log records it, and what we text back. */
record SmsOutcome(String outcome, @Nullable UUID notificationId, String reply) {}
