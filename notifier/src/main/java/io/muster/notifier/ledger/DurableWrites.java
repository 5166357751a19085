package io.muster.notifier.ledger;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every write to the ledger and the notifications commits with {@code synchronous_commit = on},
 * whatever the server, database or role says: "never twice" rests on a PENDING row surviving a
 * crash once it is acknowledged, before the provider call it announces. With {@code off} a
 * PostgreSQL crash may lose commits it had acknowledged (the local stack's fault runs lost rows and
 * sent alerts twice). Set per transaction, so it holds behind a transaction-pooling proxy too.
 */
@Component
class DurableWrites {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    DurableWrites(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Like {@link #commit(Supplier)}, for a write that answers nothing. */
    void commit(Runnable write) {
        commit(() -> {
            write.run();
            return null;
        });
    }

    /** Runs {@code write} in a transaction that commits only once its WAL is flushed to disk. */
    <T> T commit(Supplier<T> write) {
        return transactions.execute(status -> {
            jdbc.sql("set local synchronous_commit = on").update();
            return write.get();
        });
    }
}
