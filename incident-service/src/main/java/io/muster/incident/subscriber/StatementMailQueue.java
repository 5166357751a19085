package io.muster.incident.subscriber;

import io.muster.incident.statement.StatementWentPublic;
import io.muster.incident.storage.Jdbc;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues a public statement's mail for every confirmed subscriber, in the publishing transaction
 * (the event is raised and handled on that transaction's thread), once per (statement, subscriber).
 */
@Component
class StatementMailQueue {

    private final Jdbc jdbc;

    StatementMailQueue(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(StatementWentPublic event) {
        jdbc.client()
                .sql("INSERT INTO subscriber_deliveries (subscriber_id, statement_id, kind)"
                        + " SELECT id, ?, 'STATEMENT' FROM subscribers WHERE status = 'CONFIRMED'"
                        + " ON CONFLICT (statement_id, subscriber_id) DO NOTHING")
                .param(event.statementId())
                .update();
    }
}
