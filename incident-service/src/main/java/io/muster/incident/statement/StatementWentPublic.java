package io.muster.incident.statement;

import java.util.UUID;

/**
 * A Spring application event, raised inside the publishing transaction when a statement becomes
 * public, so that listeners (the subscribers' mail queue) write in that same transaction.
 */
public record StatementWentPublic(UUID statementId) {}
