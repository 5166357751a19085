package io.muster.gateway.quarantine;

import java.time.Instant;

/** A mail moved to the mailbox's quarantine folder: which one (its Message-ID), why, where to find it, when. */
public record QuarantinedMail(long id, String messageId, String reason, String folder, Instant quarantinedAt) {}
