package io.muster.gateway.quarantine;

import java.util.List;

/** One page of quarantined mails, newest first. */
public record QuarantinePage(int page, int size, long total, List<QuarantinedMail> items) {}
